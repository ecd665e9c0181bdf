import type { CollectionConfig } from 'payload'

import { allOf, anyOf, hiddenUnless, isSuperAdmin, ownedByAccount, staffField } from '../../../src/kernel/access'
import { guardStructureScope } from '../../../src/kernel/access/guards'
import { GROUPS, SLUGS } from '../../../collections/slugs'
import { cejStaffInStructures } from '../access'
import { CEJ_SLUGS } from '../slugs'
import { notifyAppointmentChange, prepareAppointment } from './hooks'
import { APPOINTMENT_MODALITIES, APPOINTMENT_TYPES, DURATION_PATTERN } from './options'

const readOnly = { create: () => false, update: () => false }

/** A young person reads the appointments they are invited to, and only those shown to them. */
const invitedAndVisible = allOf(ownedByAccount('youngPeople'), () => ({ visibleToYoungPeople: { equals: true } }))

const validDuration = (value: unknown) =>
  value == null || value === '' || (typeof value === 'string' && DURATION_PATTERN.test(value) && value !== '00:00' && value !== '0:00')
    ? true
    : 'Durée attendue au format hh:mm (par exemple 01:30), supérieure à zéro.'

/**
 * An appointment a counsellor books with one or several young people (seed 001, « Création d'un
 * rendez-vous »). Staff of the Mission Locale see and manage it; a young person reads it only
 * when invited and when it is shown to them, never who else is invited. Its status moves only
 * through `HOLD`, `MISS`, `CANCEL {reason}` (machine `appointment`).
 */
export const Appointments: CollectionConfig = {
  slug: CEJ_SLUGS.appointments,
  labels: { singular: { fr: 'Rendez-vous', en: 'Appointment' }, plural: { fr: 'Rendez-vous', en: 'Appointments' } },
  admin: {
    group: GROUPS.cej,
    useAsTitle: 'title',
    defaultColumns: ['startsAt', 'title', 'type', 'modality', 'youngPeople', 'status'],
    listSearchableFields: ['title', 'organisation', 'address'],
    description: { fr: 'Les rendez-vous avec un ou plusieurs bénéficiaires ; ils sont prévenus à la création, au changement, 7 jours avant et la veille.', en: 'Appointments with young people.' },
    hidden: hiddenUnless({ sections: ['cej'] }),
  },
  defaultSort: '-startsAt',
  indexes: [{ fields: ['structure', 'startsAt'] }, { fields: ['createdBy', 'startsAt'] }],
  access: {
    read: anyOf(cejStaffInStructures, invitedAndVisible),
    create: cejStaffInStructures,
    update: cejStaffInStructures,
    delete: isSuperAdmin,
  },
  hooks: {
    beforeChange: [
      prepareAppointment,
      guardStructureScope({ field: 'structure', message: "Vous ne pouvez créer un rendez-vous que pour l'une de vos Missions Locales." }),
    ],
    afterChange: [notifyAppointmentChange],
  },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'type', type: 'select', required: true, defaultValue: 'follow-up', options: APPOINTMENT_TYPES, label: { fr: 'Type', en: 'Type' } },
        { name: 'title', type: 'text', required: true, maxLength: 200, label: { fr: 'Titre', en: 'Title' } },
      ],
    },
    { name: 'description', type: 'textarea', maxLength: 2000, label: { fr: 'Description', en: 'Description' } },
    {
      type: 'row',
      fields: [
        { name: 'modality', type: 'select', required: true, defaultValue: 'on-site', options: APPOINTMENT_MODALITIES, label: { fr: 'Modalité', en: 'Modality' } },
        {
          name: 'startsAt',
          type: 'date',
          required: true,
          index: true,
          admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm', timeIntervals: 15 } },
          label: { fr: 'Date et heure', en: 'Date and time' },
        },
        {
          name: 'duration',
          type: 'text',
          required: true,
          defaultValue: '01:00',
          validate: validDuration as never,
          admin: { placeholder: 'hh:mm' },
          label: { fr: 'Durée (hh:mm)', en: 'Duration (hh:mm)' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'address', type: 'text', maxLength: 300, admin: { placeholder: '12 rue Duc, Brest' }, label: { fr: 'Adresse', en: 'Address' } },
        { name: 'organisation', type: 'text', maxLength: 200, admin: { placeholder: 'prestataire, entreprise, etc.' }, label: { fr: 'Organisme', en: 'Organisation' } },
      ],
    },
    {
      name: 'youngPeople',
      type: 'relationship',
      relationTo: SLUGS.accounts,
      hasMany: true,
      required: true,
      minRows: 1,
      maxRows: 100,
      index: true,
      // A young person never learns who else is invited.
      access: { read: staffField },
      label: { fr: 'Bénéficiaires', en: 'Young people' },
    },
    {
      name: 'visibleToYoungPeople',
      type: 'checkbox',
      defaultValue: true,
      label: { fr: 'Le bénéficiaire voit ce rendez-vous dans son agenda', en: 'Shown to the young people' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'notifyYoungPeople',
      type: 'checkbox',
      defaultValue: true,
      access: { read: staffField },
      label: { fr: 'Prévenir le bénéficiaire (création, changement, rappels)', en: 'Notify the young people' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'calendarByEmail',
      type: 'checkbox',
      defaultValue: false,
      access: { read: staffField },
      label: { fr: "Intégrer cet événement à mon agenda (recevoir le fichier .ics à mon adresse e-mail)", en: 'Send me the .ics by e-mail' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'cancellationReason',
      type: 'textarea',
      maxLength: 500,
      access: readOnly,
      label: { fr: "Motif de l'annulation", en: 'Cancellation reason' },
      admin: { readOnly: true, condition: (data) => Boolean(data?.cancellationReason) },
    },
    { name: 'structure', type: 'relationship', relationTo: SLUGS.structures, required: true, index: true, access: { read: staffField }, label: { fr: 'Mission Locale', en: 'Mission Locale' }, admin: { position: 'sidebar' } },
    { name: 'createdBy', type: 'relationship', relationTo: SLUGS.users, index: true, access: readOnly, label: { fr: 'Créé par', en: 'Created by' }, admin: { position: 'sidebar', readOnly: true } },
    {
      name: 'sequence',
      type: 'number',
      defaultValue: 0,
      access: { read: staffField, ...readOnly },
      label: { fr: 'Nombre de changements', en: 'Changes' },
      admin: { hidden: true },
    },
  ],
}
