import type { CollectionBeforeChangeHook } from 'payload'

import { invalidField } from '../../../../src/kernel/lib/errors'
import { displayName } from '../../../../src/kernel/lib/displayName'

const ids = (value: unknown): number[] =>
  (Array.isArray(value) ? value : []).map((v) => Number(typeof v === 'object' && v ? (v as { id: number }).id : v))

/**
 * Seed 003: the "Direction" function is held by at most one user per structure,
 * a deactivated user included; the holder must give it up before another takes it.
 */
export const guardDirectionFunction: CollectionBeforeChangeHook = async ({ data, originalDoc, req, collection }) => {
  const functions: string[] = data.functions ?? originalDoc?.functions ?? []
  if (!functions.includes('direction')) return data
  const structures = ids(data.structures ?? originalDoc?.structures)
  if (structures.length === 0) return data
  const { docs } = await req.payload.find({
    collection: 'users',
    where: {
      and: [
        { functions: { contains: 'direction' } },
        { structures: { in: structures } },
        ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : []),
      ],
    },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  if (docs.length === 0) return data
  const holder = docs[0]
  const name = displayName(holder)
  const deactivated = holder.status === 'deactivated' ? ' (utilisateur désactivé)' : ''
  throw invalidField({
    req,
    collection: collection.slug,
    path: 'functions',
    message: `La fonction Direction est déjà attribuée à ${name}${deactivated} dans cette structure. Retirez-lui cette fonction avant de l’attribuer à un autre utilisateur.`,
  })
}
