import type { RelationshipField, Validate } from 'payload'

import { structuresActedOn } from '../../src/kernel/access'
import { loadDoc } from '../../src/kernel/lib/loadDoc'
import { relationId } from '../../src/kernel/lib/relationId'
import { REFERENCE_SLUGS, REFERENCE_TABLES, REFERENCE_TRANSFER_CONTEXT, type ReferenceTable } from './slugs'

/**
 * A newly chosen item must belong to `table`, be active and be one of the caller's Missions
 * Locales; a value kept as it was (an item since deactivated) and the transfers' own writes pass.
 */
const idsOf = (value: unknown) => (Array.isArray(value) ? value : [value]).map(relationId).filter((id): id is number => id !== null)

const validateReference =
  (table: ReferenceTable): Validate =>
  async (value, { req, previousValue }) => {
    if (req.context?.[REFERENCE_TRANSFER_CONTEXT]) return true
    const kept = new Set(idsOf(previousValue))
    const chosen = idsOf(value).filter((id) => !kept.has(id))
    if (chosen.length === 0) return true
    const wrong = `Choisissez un élément de la table « ${REFERENCE_TABLES[table].fr} » de votre Mission Locale.`
    const scope = req.user ? await structuresActedOn(req) : 'everywhere'
    for (const id of chosen) {
      const item = await loadDoc({ req, collection: REFERENCE_SLUGS.items, id })
      if (!item || item.table !== table) return wrong
      if (!item.active) return 'Cet élément de la table de référence est désactivé : choisissez-en un autre.'
      if (scope !== 'everywhere' && !scope.includes(relationId(item.structure) ?? -1)) return wrong
    }
    return true
  }

/**
 * A field holding an item of one reference table. Any collection may carry one: the transfers
 * find it through the config (relationship to `reference-items`) and move it with the others.
 */
export const referenceField = ({
  name,
  table,
  label,
  hasMany = false,
}: {
  name: string
  table: ReferenceTable
  label: { fr: string; en: string }
  hasMany?: boolean
}): RelationshipField =>
  ({
    name,
    type: 'relationship',
    relationTo: REFERENCE_SLUGS.items,
    hasMany,
    index: true,
    label,
    filterOptions: { table: { equals: table } },
    validate: validateReference(table),
  }) as RelationshipField
