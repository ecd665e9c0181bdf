import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import {
  ACCOUNT_ROLES,
  allOf,
  anyOf,
  FOLLOW_UP_PROGRAMME_KIND,
  followedByUser,
  forgetFollowersRead,
  hasRole,
  inUserStructures,
  isSuperAdmin,
  ownedByAccount,
} from '../../../../src/kernel/access'
import { guardStructureScope } from '../../../../src/kernel/access/guards'
import { forbidden, invalidField } from '../../../../src/kernel/lib/errors'
import { relationId } from '../../../../src/kernel/lib/relationId'
import { GROUPS, SLUGS } from '../../../../collections/slugs'
import { DELETED_WITH_TARGET } from '../../../../src/kernel/db/dependents'

export const PROGRAMMES_SLUG = 'programmes'

/** The « dispositifs » a young person can follow (seed 003; i-milo's list, the usual ones). */
export const PROGRAMME_KINDS = {
  pacea: 'PACEA',
  cej: "Contrat d'engagement jeune (CEJ)",
  'garantie-jeunes': 'Garantie jeunes',
  eav: "Emploi d'avenir (EAV)",
  parrainage: 'Parrainage',
  cui: 'Contrat unique d’insertion (CUI)',
  'service-civique': 'Service civique',
  // Issue 18: the follow-up by the structure of first contact (every account had one before
  // programmes existed: the data migration opens it), and the modules' own follow-ups.
  'follow-up': 'Suivi par la structure d’accueil',
  placement: 'Atouts pour tous (placement)',
  bilan: 'Bilan de compétences (DABM)',
  other: 'Autre dispositif',
} as const

export type ProgrammeKind = keyof typeof PROGRAMME_KINDS

export const PROGRAMME_STATUSES = {
  initialised: 'Initialisé',
  'in-progress': 'En cours',
  suspended: 'Suspendu',
  closed: 'Clos',
} as const

/**
 * The follow-up by the structure of first contact: not a « dispositif » in the archiving rule's
 * sense, and it moves with the account when it is transferred.
 */
export const FOLLOW_UP_KIND = FOLLOW_UP_PROGRAMME_KIND satisfies ProgrammeKind

/** The statuses that keep a record from being archived automatically. */
export const OPEN_PROGRAMME_STATUSES = ['initialised', 'in-progress', 'suspended'] as const

const followsAccounts = hasRole(...ACCOUNT_ROLES)

/**
 * The programme's counsellors: staff following accounts, on programmes run by their structures or
 * that they refer themselves. Another structure's programme stays out of sight, even to the
 * account's referents (issue 18: each structure sees the person through its own programme).
 */
const counsellors = allOf(followsAccounts, anyOf(inUserStructures('structure'), followedByUser('referents')))

/**
 * Set by the opening of a programme on a known person (issue 18), who named the person: the
 * caller does not follow them yet, which is what the programme changes.
 */
export const OPENS_ON_KNOWN_PERSON = 'programmeOnKnownPerson'

/**
 * Set when the account's own write opens or closes its follow-up (its creation, a change of
 * structure): that write's access decided, and its creator does not follow the new account yet.
 */
export const OPENED_BY_THE_SYSTEM = 'followUpOfTheAccount'

/**
 * A programme is written only on an account the caller may update (its counsellors); its
 * structure defaults to the account's.
 */
const onAnAccountOfTheCaller: CollectionBeforeChangeHook = async ({ data, originalDoc, req, operation, context }) => {
  const accountId = relationId(data.account ?? originalDoc?.account)
  if (!accountId) throw invalidField({ req, path: 'account', message: 'Le jeune (compte) est obligatoire.' })
  if (operation === 'update' && originalDoc && relationId(originalDoc.account) !== accountId) {
    throw invalidField({ req, path: 'account', message: "Un dispositif ne change pas de jeune : créez-en un sur l'autre dossier." })
  }
  const account = await req.payload.findByID({ collection: SLUGS.accounts, id: accountId, depth: 0, overrideAccess: true, disableErrors: true, req })
  if (!account) throw invalidField({ req, path: 'account', message: 'Ce compte n’existe pas.' })
  if (account.status === 'archived') throw invalidField({ req, path: 'account', message: 'Ce dossier est archivé : ses dispositifs ne changent plus.' })
  if (req.user && operation === 'create' && !context[OPENS_ON_KNOWN_PERSON] && !context[OPENED_BY_THE_SYSTEM]) {
    const visible = await req.payload.find({
      collection: SLUGS.accounts,
      where: { id: { equals: accountId } },
      depth: 0,
      limit: 1,
      overrideAccess: false,
      user: req.user,
      req,
    })
    if (!visible.docs.length) throw forbidden("Vous ne suivez pas ce jeune : vous ne pouvez pas lui ajouter de dispositif.")
  }
  if (!data.structure && !originalDoc?.structure) data.structure = relationId(account.structure)
  return data
}

export const Programmes: CollectionConfig = {
  slug: PROGRAMMES_SLUG,
  labels: { singular: { fr: 'Dispositif', en: 'Programme' }, plural: { fr: 'Dispositifs', en: 'Programmes' } },
  // Who follows whom (followedThroughProgrammes) reads the open programmes of the user's
  // structures, then their accounts (`account` has its own index): one index serves the first half.
  indexes: [{ fields: ['structure', 'status'] }],
  admin: {
    group: GROUPS.accounts,
    useAsTitle: 'kind',
    defaultColumns: ['kind', 'account', 'status', 'startDate', 'endDate', 'structure'],
    description: { fr: 'Les dispositifs suivis par les jeunes (PACEA, CEJ, Garantie jeunes, EAV…).', en: "Young people's programmes." },
  },
  access: {
    // Another structure's programmes are shared, with the young person's consent, through the path
    // (GET /api/accounts/{id}/path): a rule here would join each programme to its account's other
    // programmes, and Payload's join fields (the account's `programmes`) then list rows twice.
    read: anyOf(isSuperAdmin, ownedByAccount('account'), counsellors),
    create: anyOf(isSuperAdmin, followsAccounts),
    update: anyOf(isSuperAdmin, counsellors),
    delete: anyOf(isSuperAdmin, counsellors),
  },
  hooks: {
    beforeChange: [onAnAccountOfTheCaller, guardStructureScope({ field: 'structure' })],
    // Who the caller follows changed: this request's next access decision reads it again.
    afterChange: [forgetFollowersRead],
    afterDelete: [forgetFollowersRead],
  },
  fields: [
    {
      name: 'account',
      type: 'relationship',
      relationTo: SLUGS.accounts,
      required: true,
      // Belongs to its target: deleted with it (see dependentsPlugin).
      custom: DELETED_WITH_TARGET,
      index: true,
      label: { fr: 'Jeune', en: 'Young person' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          index: true,
          label: { fr: 'Dispositif', en: 'Kind' },
          options: Object.entries(PROGRAMME_KINDS).map(([value, fr]) => ({ value, label: { fr, en: value } })),
        },
        {
          name: 'status',
          type: 'select',
          required: true,
          index: true,
          defaultValue: 'initialised',
          label: { fr: 'Statut', en: 'Status' },
          options: Object.entries(PROGRAMME_STATUSES).map(([value, fr]) => ({ value, label: { fr, en: value } })),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'startDate', type: 'date', label: { fr: 'Date de début', en: 'Start' }, admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } } },
        {
          name: 'endDate',
          type: 'date',
          label: { fr: 'Date de fin', en: 'End' },
          admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } },
          validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) =>
            value && siblingData.startDate && new Date(String(value)) < new Date(String(siblingData.startDate))
              ? 'La date de fin ne peut pas précéder la date de début.'
              : true,
        },
      ],
    },
    {
      name: 'structure',
      type: 'relationship',
      relationTo: SLUGS.structures,
      index: true,
      label: { fr: 'Structure qui le conduit', en: 'Running structure' },
      admin: { position: 'sidebar', description: { fr: 'Par défaut, la structure de suivi du jeune.', en: "Defaults to the account's structure." } },
    },
    {
      name: 'referents',
      type: 'relationship',
      relationTo: SLUGS.users,
      hasMany: true,
      label: { fr: 'Référents du dispositif', en: 'Referents' },
      admin: { position: 'sidebar' },
    },
  ],
}
