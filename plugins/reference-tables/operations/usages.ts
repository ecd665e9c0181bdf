import type { CollectionSlug, FlattenedField, Payload, PayloadRequest, Where } from 'payload'

import { isCollectionSlug } from '../../../src/kernel/lib/collectionSlug'
import { REFERENCE_SLUGS } from '../slugs'

/** One relationship field pointing at reference items, by its query path (`context`, `group.field`, `rows.field`). */
export type UsagePath = { path: string; isPolymorphic: boolean }

/** A collection whose records may use a reference item, with the fields that do. */
export type Usage = { collection: CollectionSlug; paths: UsagePath[]; fields: FlattenedField[] }

type AnyField = FlattenedField & { name: string; type: string; relationTo?: string | string[]; hasMany?: boolean; virtual?: unknown }

const pointsAtItems = (field: AnyField) =>
  (field.type === 'relationship' || field.type === 'upload') &&
  !field.virtual &&
  (Array.isArray(field.relationTo) ? field.relationTo.includes(REFERENCE_SLUGS.items) : field.relationTo === REFERENCE_SLUGS.items)

/** Sub-field lists of a field holding others (group, named tab, array, each block). */
const childrenOf = (field: FlattenedField): FlattenedField[][] => {
  if (field.type === 'group' || field.type === 'tab' || field.type === 'array') return [field.flattenedFields ?? []]
  if (field.type === 'blocks') return blocksOf(field).map((block) => block.flattenedFields ?? [])
  return []
}

/** The blocks a blocks field allows (inline ones; a field of another type has none). */
const blocksOf = (field: FlattenedField) => (field.type === 'blocks' ? field.blocks : [])

const pathsIn = (fields: FlattenedField[], prefix = ''): UsagePath[] =>
  (fields as AnyField[]).flatMap((field) => {
    if (!('name' in field) || !field.name) return []
    if (pointsAtItems(field)) return [{ path: `${prefix}${field.name}`, isPolymorphic: Array.isArray(field.relationTo) }]
    return childrenOf(field).flatMap((children) => pathsIn(children, `${prefix}${field.name}.`))
  })

const cache = new WeakMap<Payload, Usage[]>()

/**
 * Every place a record may hold a reference item, read from the Payload config: each
 * relationship (or upload) field pointing at `reference-items`, in any collection, at any depth
 * (groups, tabs, arrays, blocks). A module that adds such a field is covered without a line
 * here. The transfers themselves (their source and destination) are not usages.
 */
export const referenceUsages = (payload: Payload): Usage[] => {
  const known = cache.get(payload)
  if (known) return known
  const usages = Object.values(payload.collections)
    .flatMap(({ config: { slug, flattenedFields } }) =>
      isCollectionSlug(payload, slug) && slug !== REFERENCE_SLUGS.transfers ? [{ collection: slug, paths: pathsIn(flattenedFields), fields: flattenedFields }] : [],
    )
    .filter((usage) => usage.paths.length > 0)
  cache.set(payload, usages)
  return usages
}

/** Records of one collection that use the item `id` in any of `paths`. */
export const whereUsing = (paths: UsagePath[], id: number): Where => ({
  or: paths.map(({ path, isPolymorphic }) =>
    isPolymorphic
      ? { and: [{ [`${path}.relationTo`]: { equals: REFERENCE_SLUGS.items } }, { [`${path}.value`]: { equals: id } }] }
      : { [path]: { in: [id] } },
  ),
})

/** How many records, per collection, still use the item `id` (the system counts, whatever the caller may read). */
export const countUsages = async ({ req, id }: { req: PayloadRequest; id: number }) => {
  const counts: { collection: string; count: number }[] = []
  for (const usage of referenceUsages(req.payload)) {
    const { totalDocs } = await req.payload.count({ collection: usage.collection, where: whereUsing(usage.paths, id), overrideAccess: true, req })
    if (totalDocs > 0) counts.push({ collection: usage.collection, count: totalDocs })
  }
  return { total: counts.reduce((sum, { count }) => sum + count, 0), counts }
}

type Replacement = { from: number; to: number }

const idOf = (value: unknown) => (value && typeof value === 'object' ? (value as { id?: unknown }).id : value)

/** One relationship value with `from` replaced by `to` (an id, a populated document, or `{ relationTo, value }`). */
const replaceOne = (value: unknown, { from, to }: Replacement, isPolymorphic: boolean): unknown => {
  if (isPolymorphic) {
    const poly = value as { relationTo?: string; value?: unknown } | null
    if (poly && poly.relationTo === REFERENCE_SLUGS.items && Number(idOf(poly.value)) === from) return { relationTo: REFERENCE_SLUGS.items, value: to }
    return value
  }
  return value != null && Number(idOf(value)) === from ? to : value
}

/**
 * The data of `fields` with every use of `from` replaced by `to`, or null when nothing changes.
 * Lists (hasMany) keep their order and lose the duplicate when the destination was already there;
 * array and block rows keep their ids.
 */
export const replaceReference = (fields: FlattenedField[], data: Record<string, unknown>, replacement: Replacement): Record<string, unknown> | null => {
  const changes: Record<string, unknown> = {}
  for (const field of fields as AnyField[]) {
    if (!('name' in field) || !field.name || !(field.name in data)) continue
    const value = data[field.name]
    if (value == null) continue
    if (pointsAtItems(field)) {
      const isPolymorphic = Array.isArray(field.relationTo)
      if (Array.isArray(value)) {
        const replaced = value.map((item) => replaceOne(item, replacement, isPolymorphic))
        if (replaced.some((item, index) => item !== value[index])) {
          const seen = new Set<string>()
          changes[field.name] = replaced.filter((item) => {
            const key = JSON.stringify(isPolymorphic ? item : Number(idOf(item)))
            if (seen.has(key)) return false
            seen.add(key)
            return true
          })
        }
      } else {
        const replaced = replaceOne(value, replacement, isPolymorphic)
        if (replaced !== value) changes[field.name] = replaced
      }
      continue
    }
    if (field.type === 'group' || field.type === 'tab') {
      const nested = replaceReference(childrenOf(field)[0], value as Record<string, unknown>, replacement)
      if (nested) changes[field.name] = { ...(value as object), ...nested }
      continue
    }
    if ((field.type === 'array' || field.type === 'blocks') && Array.isArray(value)) {
      const blocks = blocksOf(field)
      let isChanged = false
      const rows = value.map((row: Record<string, unknown>) => {
        const rowFields = field.type === 'array' ? childrenOf(field)[0] : (blocks.find((block) => block.slug === row?.blockType)?.flattenedFields ?? [])
        const nested = row && typeof row === 'object' ? replaceReference(rowFields, row, replacement) : null
        if (!nested) return row
        isChanged = true
        return { ...row, ...nested }
      })
      if (isChanged) changes[field.name] = rows
    }
  }
  return Object.keys(changes).length ? changes : null
}
