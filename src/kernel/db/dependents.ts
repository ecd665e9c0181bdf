import type { CollectionBeforeDeleteHook, CollectionConfig, CollectionSlug, Config, Field, Plugin, PayloadRequest, Where } from 'payload'

import { conflict } from '../lib/errors'

/**
 * Put in a relationship field's `custom`: the document belongs to the one it points at (a young
 * person's profile, notes, programmes…) and is deleted with it, in the same transaction.
 */
export const DELETED_WITH_TARGET = { deletedWithTarget: true } as const

/** A document whose required relationship (`path`) points at the target being deleted. */
type Dependent = { collection: CollectionConfig; path: string; isOwned: boolean; arrayLabel?: string }

/**
 * The stored, required, single relationships of a collection's fields, with their query path.
 * Only these are `NOT NULL` columns whose key PostgreSQL would set to null (and fail) when their
 * target goes; an optional one is simply emptied, a `hasMany` one loses its row.
 */
const requiredRelationships = (fields: Field[], prefix = '', arrayLabel?: string): { path: string; relationTo: string; isOwned: boolean; arrayLabel?: string }[] =>
  fields.flatMap((field) => {
    if (field.type === 'tabs') return field.tabs.flatMap((tab) => requiredRelationships(tab.fields, 'name' in tab && tab.name ? `${prefix}${tab.name}.` : prefix, arrayLabel))
    if (field.type === 'row' || field.type === 'collapsible') return requiredRelationships(field.fields, prefix, arrayLabel)
    if (field.type === 'group') return requiredRelationships(field.fields, 'name' in field && field.name ? `${prefix}${field.name}.` : prefix, arrayLabel)
    if (field.type === 'array') return requiredRelationships(field.fields, `${prefix}${field.name}.`, frenchLabel(field.labels?.plural) ?? field.name)
    if ((field.type !== 'relationship' && field.type !== 'upload') || !field.required || field.hasMany || typeof field.relationTo !== 'string') return []
    if ('virtual' in field && field.virtual) return []
    // A row of an array cannot go alone through `delete`: such a dependent always blocks.
    const isOwned = !arrayLabel && field.custom?.deletedWithTarget === true
    return [{ path: `${prefix}${field.name}`, relationTo: field.relationTo, isOwned, arrayLabel }]
  })

const frenchLabel = (label: unknown): string | undefined => {
  if (typeof label === 'string') return label
  if (label && typeof label === 'object' && 'fr' in label && typeof label.fr === 'string') return label.fr
  return undefined
}

/** What a person reads: « Conversations », or an array's rows and their collection, « Inscriptions (Agenda de la Mission Locale) ». */
const dependentLabel = ({ collection, arrayLabel }: Dependent) => {
  const plural = frenchLabel(collection.labels?.plural) ?? collection.slug
  return arrayLabel ? `${arrayLabel} (${plural})` : plural
}

const deleteDependents =
  (dependents: Dependent[]): CollectionBeforeDeleteHook =>
  async ({ id, req }) => {
    const blocking: string[] = []
    for (const dependent of dependents.filter(({ isOwned }) => !isOwned)) {
      const { totalDocs } = await req.payload.db.count({ collection: dependent.collection.slug as CollectionSlug, where: { [dependent.path]: { equals: id } }, req })
      if (totalDocs > 0) blocking.push(`${dependentLabel(dependent)} : ${totalDocs}`)
    }
    if (blocking.length) {
      throw conflict(`Suppression impossible : des éléments en dépendent encore (${blocking.join(' ; ')}). Retirez-les ou supprimez-les d’abord.`)
    }
    for (const { collection, path } of dependents.filter((dependent) => dependent.isOwned)) {
      await deleteOwned({ req, collection: collection.slug, where: { [path]: { equals: id } } })
    }
  }

/** Through `delete`, so the owned documents' own hooks (their files, their own dependents) run too. */
const deleteOwned = async ({ req, collection, where }: { req: PayloadRequest; collection: string; where: Where }) => {
  const { errors } = await req.payload.delete({ collection: collection as CollectionSlug, where: where as Where, overrideAccess: true, depth: 0, req })
  if (errors.length) throw conflict(`Suppression impossible : ${errors[0].message}`)
}

/** For each collection, the documents that need it: `collection.path` points at it, owned or not. */
export const findDependents = (collections: CollectionConfig[]) => {
  const byTarget = new Map<string, Dependent[]>()
  for (const collection of collections) {
    if (typeof collection.versions === 'object' && collection.versions?.drafts) continue
    for (const { relationTo, ...dependent } of requiredRelationships(collection.fields)) {
      byTarget.set(relationTo, [...(byTarget.get(relationTo) ?? []), { collection, ...dependent }])
    }
  }
  return byTarget
}

/**
 * Hard deletes never leave a dangling required relationship (PostgreSQL would refuse the
 * `ON DELETE SET NULL` on a `NOT NULL` column, a 500): before a document goes, what belongs to
 * it (`DELETED_WITH_TARGET`) goes with it in the same transaction, and anything else that still
 * needs it answers 409 naming what remains. Added last, once every module declared its fields.
 * Collections with drafts are left out: their required columns accept null.
 */
export const dependentsPlugin =
  (): Plugin =>
  (config: Config): Config => {
    const collections = config.collections ?? []
    const byTarget = findDependents(collections)
    return {
      ...config,
      collections: collections.map((collection) => {
        const dependents = byTarget.get(collection.slug)
        if (!dependents) return collection
        // After the collection's own hooks: its guards refuse before anything is deleted.
        return { ...collection, hooks: { ...collection.hooks, beforeDelete: [...(collection.hooks?.beforeDelete ?? []), deleteDependents(dependents)] } }
      }),
    }
  }
