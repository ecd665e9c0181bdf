import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook, Field } from 'payload'

import { relationId } from '../../../src/kernel/lib/relationId'
import { requireWriteFor } from './access'

const readOnly = { create: () => false, update: () => false }

/** When an action became « Terminée » (the sheet's « Terminées » of the week). */
export const completedAtField: Field = {
  name: 'completedAt',
  type: 'date',
  index: true,
  access: readOnly,
  admin: { position: 'sidebar', readOnly: true, date: { displayFormat: 'dd/MM/yyyy HH:mm' } },
  label: { fr: 'Terminée le', en: 'Completed at' },
}

/** Stamps `completedAt` when the status moves to « Terminée », clears it when it leaves it. */
export const stampCompletion: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const status = data.status ?? originalDoc?.status
  // A system write (seed, import) may say when; people cannot (the field's access drops it).
  if (status === 'done' && !originalDoc?.completedAt) data.completedAt = data.completedAt ?? new Date().toISOString()
  if (status !== 'done') data.completedAt = null
  return data
}

const accountOf = async (req: Parameters<CollectionBeforeChangeHook>[0]['req'], value: unknown) => {
  const id = relationId(value)
  return id ? req.payload.findByID({ collection: 'accounts', id, depth: 0, overrideAccess: true, disableErrors: true, req }) : null
}

/**
 * « La page bénéficiaires »: a counsellor writes actions only for the young people they follow;
 * a colleague of the Mission Locale reads them (403 « lecture seule »). The Mission Locale's
 * account managers and the young person keep their rights.
 */
export const guardActionWrite: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  if (!req.user) return data
  requireWriteFor(req, await accountOf(req, originalDoc?.account ?? data.account))
  return data
}

export const guardActionDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
  if (!req.user) return
  const action = await req.payload.findByID({ collection: 'actions', id, depth: 0, overrideAccess: true, disableErrors: true, req })
  requireWriteFor(req, await accountOf(req, action?.account))
}
