import type { CollectionConfig, FieldHook } from 'payload'

import { hiddenUnless, staffField } from '../../../../src/kernel/access'
import { guardStructureScope } from '../../../../src/kernel/access/guards'
import { GROUPS, SLUGS } from '../../../../collections/slugs'
import { agendaStaff } from '../../access'
import { CEJ_SLUGS } from '../../slugs'
import { HOLDS_A_PLACE, REGISTRATION_STATUSES, SESSION_KINDS } from './options'
import { sessionEndpoints } from '../../endpoints/sessionEndpoints'

type Registration = { status?: string | null }

/** « N places restantes »: only when a maximum was set. */
const remainingPlaces: FieldHook = ({ siblingData }) => {
  const capacity = siblingData?.capacity as number | null | undefined
  if (!capacity) return null
  const taken = ((siblingData?.registrations ?? []) as Registration[]).filter((r) => HOLDS_A_PLACE.includes(r.status as never)).length
  return Math.max(0, capacity - taken)
}

const endsAfterStart = (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) => {
  if (!value || !siblingData?.startsAt) return true
  return new Date(String(value)) > new Date(String(siblingData.startsAt)) || 'La fin doit être après le début de la session.'
}

const dateTime = { date: { pickerAppearance: 'dayAndTime' as const, displayFormat: 'dd/MM/yyyy HH:mm' } }

/**
 * A collective session of a Mission Locale (seed 001, « L'agenda de l'établissement »): what it
 * offers, when and where, its capacity and registration deadline, whether the young people of
 * the structure see it, and who is registered. Registrations change only through the
 * registration endpoints and the `CLOSE` event (attendance), never by editing the list.
 */
export const Sessions: CollectionConfig = {
  slug: CEJ_SLUGS.sessions,
  labels: { singular: { fr: 'Session collective', en: 'Collective session' }, plural: { fr: 'Agenda de la Mission Locale', en: 'Mission Locale agenda' } },
  admin: {
    group: GROUPS.cej,
    useAsTitle: 'title',
    defaultColumns: ['startsAt', 'title', 'kind', 'visible', 'status'],
    listSearchableFields: ['title', 'name', 'location'],
    description: { fr: 'Ateliers, informations et animations collectives ; « À clore » une fois passées, jusqu’à l’émargement.', en: 'Workshops and collective sessions.' },
    hidden: hiddenUnless({ sections: ['cej'] }),
  },
  defaultSort: 'startsAt',
  indexes: [{ fields: ['structure', 'startsAt'] }],
  access: { read: agendaStaff, create: agendaStaff, update: agendaStaff, delete: agendaStaff },
  endpoints: sessionEndpoints,
  hooks: { beforeChange: [guardStructureScope({ field: 'structure', message: "Vous ne pouvez créer une session que pour l'une de vos Missions Locales." })] },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'title', type: 'text', required: true, maxLength: 200, label: { fr: "Titre (offre de service)", en: 'Title' } },
        { name: 'name', type: 'text', maxLength: 200, label: { fr: 'Nom de la session', en: 'Session name' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'kind', type: 'select', required: true, defaultValue: 'workshop', options: SESSION_KINDS, label: { fr: 'Type', en: 'Type' } },
        { name: 'theme', type: 'text', maxLength: 120, label: { fr: 'Thème', en: 'Theme' } },
        { name: 'partner', type: 'text', maxLength: 120, label: { fr: 'Partenaire', en: 'Partner' } },
      ],
    },
    { name: 'description', type: 'textarea', maxLength: 5000, label: { fr: 'Description', en: 'Description' } },
    {
      type: 'row',
      fields: [
        { name: 'startsAt', type: 'date', required: true, index: true, admin: dateTime, label: { fr: 'Début', en: 'Start' } },
        { name: 'endsAt', type: 'date', required: true, index: true, admin: dateTime, validate: endsAfterStart as never, label: { fr: 'Fin', en: 'End' } },
        { name: 'registrationDeadline', type: 'date', admin: dateTime, label: { fr: "Date limite d'inscription", en: 'Registration deadline' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'location', type: 'text', maxLength: 200, label: { fr: 'Lieu', en: 'Location' } },
        { name: 'facilitator', type: 'relationship', relationTo: SLUGS.users, label: { fr: 'Animateur', en: 'Facilitator' } },
        { name: 'capacity', type: 'number', min: 1, max: 1000, label: { fr: 'Nombre maximum de participants', en: 'Capacity' } },
      ],
    },
    { name: 'comment', type: 'textarea', maxLength: 1000, label: { fr: 'Commentaire', en: 'Comment' } },
    {
      name: 'remainingPlaces',
      type: 'number',
      virtual: true,
      label: { fr: 'Places restantes', en: 'Remaining places' },
      access: { create: () => false, update: () => false },
      admin: { readOnly: true, position: 'sidebar', condition: (data) => Boolean(data?.capacity) },
      hooks: { afterRead: [remainingPlaces] },
    },
    {
      name: 'visible',
      type: 'checkbox',
      defaultValue: false,
      label: { fr: 'Rendre visible la session aux bénéficiaires de la Mission Locale', en: 'Visible to the young people' },
      admin: { position: 'sidebar' },
    },
    { name: 'structure', type: 'relationship', relationTo: SLUGS.structures, required: true, index: true, label: { fr: 'Mission Locale', en: 'Mission Locale' }, admin: { position: 'sidebar' } },
    {
      name: 'registrationsPanel',
      type: 'ui',
      label: { fr: 'Inscriptions', en: 'Registrations' },
      admin: { components: { Field: '/plugins/cej/components/RegistrationsPanel#RegistrationsPanel' }, condition: (data) => Boolean(data?.id) },
    },
    {
      name: 'registrations',
      type: 'array',
      label: { fr: 'Inscriptions', en: 'Registrations' },
      labels: { singular: { fr: 'Inscription', en: 'Registration' }, plural: { fr: 'Inscriptions', en: 'Registrations' } },
      access: { read: staffField, create: () => false, update: () => false },
      // Shown and changed through the panel below (the registration endpoints and `CLOSE`).
      admin: { hidden: true },
      fields: [
        { name: 'account', type: 'relationship', relationTo: SLUGS.accounts, required: true, label: { fr: 'Bénéficiaire', en: 'Beneficiary' } },
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'registered',
          options: Object.entries(REGISTRATION_STATUSES).map(([value, label]) => ({ value, label })),
          label: { fr: 'Statut', en: 'Status' },
        },
        { name: 'comment', type: 'textarea', maxLength: 250, label: { fr: 'Motif (refus jeune)', en: 'Reason' } },
        { name: 'changedAt', type: 'date', label: { fr: 'Modifié le', en: 'Changed at' } },
      ],
    },
  ],
}
