import type { CollectionBeforeDeleteHook, CollectionConfig, FieldHook, TextFieldSingleValidation } from 'payload'

import { hiddenUnless } from '../../../../src/kernel/access'
import { guardStructureScope } from '../../../../src/kernel/access/guards'
import { conflict } from '../../../../src/kernel/lib/errors'
import { relationId } from '../../../../src/kernel/lib/relationId'
import { GROUPS, SLUGS } from '../../../../collections/slugs'
import { administerReferenceTables, readReferenceItems } from '../../access'
import { countUsages } from '../../operations/usages'
import { PERSON_TABLES, REFERENCE_SLUGS, REFERENCE_TABLE_OPTIONS, type ReferenceTable } from '../../slugs'

const ANONYMISED = 'Donnée anonymisée'

/** Items of the person tables name a staff user: the name is read from the user at each read, never copied. */
const labelOfPerson: FieldHook = async ({ value, siblingData, req }) => {
  const userId = relationId(siblingData?.user)
  if (userId === null) return value
  const user = await req.payload.findByID({ collection: SLUGS.users, id: userId, depth: 0, overrideAccess: true, disableErrors: true, req, select: { firstName: true, lastName: true, email: true } })
  if (!user) return ANONYMISED
  return [user.firstName, user.lastName].filter(Boolean).join(' ') || user.email
}

const labelOrUser: TextFieldSingleValidation = (value, { siblingData }) => {
  const data = siblingData as { table?: ReferenceTable; user?: unknown }
  if (data?.table && PERSON_TABLES.includes(data.table) && relationId(data.user) !== null) return true
  return (typeof value === 'string' && value.trim().length > 0) || 'Le libellé est obligatoire.'
}

/**
 * « La source reste jusqu'à ce qu'on la supprime » : deleting an item is refused while any
 * record uses it (every relationship to reference items, found in the config) or while a
 * scheduled transfer names it.
 */
const refuseDeletingUsedItem: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const { total } = await countUsages({ req, id: Number(id) })
  if (total > 0) {
    throw conflict(
      `Cet élément est encore utilisé par ${total} dossier${total > 1 ? 's' : ''} : programmez son transfert vers un autre élément (« Activer le mode transfert ») puis supprimez-le une fois le transfert réalisé.`,
    )
  }
  const { totalDocs } = await req.payload.count({
    collection: REFERENCE_SLUGS.transfers,
    where: { and: [{ status: { equals: 'scheduled' } }, { or: [{ source: { equals: id } }, { destination: { equals: id } }] }] },
    overrideAccess: true,
    req,
  })
  if (totalDocs > 0) throw conflict('Un transfert programmé porte sur cet élément : annulez-le ou attendez qu’il soit réalisé avant de supprimer l’élément.')
}

/**
 * An item of one of a Mission Locale's reference tables (seed 003, « Administrer les tables de
 * référence »): contexts, programme prescribers, programme referents. The Mission Locale's
 * administrators manage them; its staff read them to fill young people's files.
 */
export const ReferenceItems: CollectionConfig = {
  slug: REFERENCE_SLUGS.items,
  labels: {
    singular: { fr: 'Élément de table de référence', en: 'Reference item' },
    plural: { fr: 'Tables de référence', en: 'Reference tables' },
  },
  admin: {
    group: GROUPS.administration,
    useAsTitle: 'label',
    defaultColumns: ['label', 'table', 'active', 'structure'],
    listSearchableFields: ['label'],
    description: {
      fr: "Contextes, prescripteurs et référents de dispositif de la Mission Locale. Pour fusionner deux éléments, « Activer le mode transfert » (Transferts de références) ; un élément ne se supprime qu'une fois plus aucun dossier n'y est rattaché.",
      en: 'Reference tables of the Mission Locale.',
    },
    hidden: hiddenUnless({ sections: ['administration'] }),
  },
  defaultSort: 'label',
  indexes: [{ fields: ['structure', 'table'] }],
  access: { read: readReferenceItems, create: administerReferenceTables, update: administerReferenceTables, delete: administerReferenceTables },
  hooks: {
    beforeChange: [guardStructureScope({ field: 'structure', message: "Vous ne pouvez gérer que les tables de référence de vos Missions Locales." })],
    beforeDelete: [refuseDeletingUsedItem],
  },
  fields: [
    {
      name: 'table',
      type: 'select',
      required: true,
      index: true,
      options: REFERENCE_TABLE_OPTIONS,
      label: { fr: 'Table', en: 'Table' },
      // An item never changes table: the records using it would change meaning.
      access: { update: () => false },
    },
    {
      name: 'label',
      type: 'text',
      maxLength: 200,
      label: { fr: 'Libellé', en: 'Label' },
      validate: labelOrUser,
      hooks: { afterRead: [labelOfPerson] },
      admin: { description: { fr: 'Pour les prescripteurs et référents de dispositif, le nom de l’utilisateur choisi.', en: "The user's name for person tables." } },
    },
    {
      name: 'user',
      type: 'relationship',
      relationTo: SLUGS.users,
      label: { fr: 'Utilisateur', en: 'User' },
      admin: { condition: (data) => PERSON_TABLES.includes(data?.table) },
    },
    { name: 'active', type: 'checkbox', defaultValue: true, label: { fr: 'Actif', en: 'Active' }, admin: { position: 'sidebar', description: { fr: 'Un élément désactivé n’est plus proposé ; les dossiers qui l’utilisent le gardent.', en: 'Inactive items are no longer offered.' } } },
    {
      name: 'structure',
      type: 'relationship',
      relationTo: SLUGS.structures,
      required: true,
      index: true,
      label: { fr: 'Mission Locale', en: 'Mission Locale' },
      filterOptions: { type: { equals: 'mission-locale' } },
      admin: { position: 'sidebar' },
    },
  ],
}
