import type { PayloadRequest } from 'payload'

import { structuresWithAncestors } from '../../../src/kernel/access'
import { relationId } from '../../../src/kernel/lib/relationId'
import { REQUIRABLE_ACCOUNT_FIELDS, type RequirableField } from './fields'

export type RequiredField = {
  path: RequirableField
  label: string
  /** Where each rule requiring it was set: the region, the Mission Locale. */
  requiredBy: { structure: number; name: string; type: string }[]
}

/**
 * The union of the rules that apply to a record followed at `structure`: the rule of that
 * structure and of every structure above it (its Mission Locale, its region). Read with
 * `overrideAccess`: a rule binds whoever writes the record, even one who may not read it.
 */
export const requiredFieldsFor = async ({ req, structure }: { req: PayloadRequest; structure: number | null }): Promise<RequiredField[]> => {
  if (!structure) return []
  const chain = await structuresWithAncestors({ req, ids: [structure] })
  const { docs } = await req.payload.find({
    collection: 'required-fields',
    where: { structure: { in: chain } },
    depth: 1,
    limit: chain.length,
    overrideAccess: true,
    req,
  })
  const byPath = new Map<RequirableField, RequiredField>()
  for (const rule of docs) {
    const where = typeof rule.structure === 'object' ? rule.structure : { id: relationId(rule.structure) ?? 0, name: '', type: '' }
    for (const path of rule.fields ?? []) {
      const entry = byPath.get(path) ?? { path, label: REQUIRABLE_ACCOUNT_FIELDS[path], requiredBy: [] }
      entry.requiredBy.push({ structure: where.id, name: where.name, type: where.type })
      byPath.set(path, entry)
    }
  }
  return Object.keys(REQUIRABLE_ACCOUNT_FIELDS).flatMap((path) => byPath.get(path as RequirableField) ?? [])
}
