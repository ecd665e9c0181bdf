import type { CollectionConfig } from 'payload'

import { allOf, followedByUser, isStaff, nobody } from '../../../../src/kernel/access'
import { PLACEMENT_SLUGS } from '../../slugs'
import { hiddenFromNonStaff, inMemberSpaces, SPACES_GROUP } from '../access'
import { requireSpaceMember } from '../hooks/requireSpaceMember'
import { authorField, spaceField } from './spaceFields'

/** A message of a shared space: its members read it; its author may delete it while still a member. */
export const SpaceMessages: CollectionConfig = {
  slug: PLACEMENT_SLUGS.spaceMessages,
  labels: { singular: { fr: 'Message de l’espace', en: 'Space message' }, plural: { fr: 'Messages des espaces', en: 'Space messages' } },
  admin: {
    group: SPACES_GROUP,
    useAsTitle: 'body',
    defaultColumns: ['body', 'space', 'author', 'createdAt'],
    listSearchableFields: ['body'],
    hidden: hiddenFromNonStaff,
  },
  defaultSort: '-createdAt',
  indexes: [{ fields: ['space', 'createdAt'] }],
  access: {
    read: inMemberSpaces('space'),
    create: isStaff,
    update: nobody,
    delete: allOf(inMemberSpaces('space'), followedByUser('author')),
  },
  hooks: { beforeChange: [requireSpaceMember({ authorField: 'author' })] },
  fields: [spaceField, { name: 'body', type: 'textarea', required: true, maxLength: 5000, label: { fr: 'Message', en: 'Message' } }, authorField('author', 'Auteur')],
}
