import type { CollectionConfig } from 'payload'

import { allOf, followedByUser, isStaff } from '../../../../src/kernel/access'
import { invalidField } from '../../../../src/kernel/lib/errors'
import { PLACEMENT_SLUGS } from '../../slugs'
import { hiddenFromNonStaff, inMemberSpaces, SPACES_GROUP } from '../access'
import { requireSpaceMember } from '../hooks/requireSpaceMember'
import { authorField, spaceField } from './spaceFields'

const byItsAuthor = allOf(inMemberSpaces('space'), followedByUser('createdBy'))

/** The shared agenda (« partager des événements grâce à l'agenda »): members read it, the author changes their events. */
export const SpaceEvents: CollectionConfig = {
  slug: PLACEMENT_SLUGS.spaceEvents,
  labels: { singular: { fr: 'Événement de l’espace', en: 'Space event' }, plural: { fr: 'Agenda des espaces', en: 'Space agenda' } },
  admin: {
    group: SPACES_GROUP,
    useAsTitle: 'title',
    defaultColumns: ['title', 'startsAt', 'place', 'space', 'createdBy'],
    listSearchableFields: ['title', 'place'],
    hidden: hiddenFromNonStaff,
  },
  defaultSort: 'startsAt',
  indexes: [{ fields: ['space', 'startsAt'] }],
  access: { read: inMemberSpaces('space'), create: isStaff, update: byItsAuthor, delete: byItsAuthor },
  hooks: {
    beforeChange: [
      requireSpaceMember({ authorField: 'createdBy' }),
      ({ data, originalDoc, req, collection }) => {
        const startsAt = data.startsAt ?? originalDoc?.startsAt
        const endsAt = data.endsAt ?? originalDoc?.endsAt
        if (startsAt && endsAt && new Date(endsAt) < new Date(startsAt)) {
          throw invalidField({ req, collection: collection.slug, path: 'endsAt', message: 'La fin de l’événement doit suivre son début.' })
        }
        return data
      },
    ],
  },
  fields: [
    spaceField,
    { name: 'title', type: 'text', required: true, maxLength: 200, label: { fr: 'Intitulé', en: 'Title' } },
    { name: 'startsAt', type: 'date', required: true, index: true, label: { fr: 'Début', en: 'Start' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'endsAt', type: 'date', label: { fr: 'Fin', en: 'End' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'place', type: 'text', maxLength: 200, label: { fr: 'Lieu ou lien de visioconférence', en: 'Place' } },
    { name: 'description', type: 'textarea', maxLength: 5000, label: { fr: 'Description', en: 'Description' } },
    authorField('createdBy', 'Proposé par'),
  ],
}
