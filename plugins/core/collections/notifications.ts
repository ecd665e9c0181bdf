import type { CollectionConfig, Where } from 'payload'

import { anyOf, isSuperAdmin, nobody } from '../../../src/kernel/access'
import { NOTIFICATION_KIND_OPTIONS } from '../../../src/kernel/notifications/kinds'
import { GROUPS, SLUGS } from '../../../collections/slugs'

/** The recipient's own notifications (staff user or young person). */
const ownNotifications = ({ req }: { req: { user?: { id: unknown; collection?: string } | null } }): Where | false => {
  if (req.user?.collection === 'users') return { recipientUser: { equals: req.user.id } }
  if (req.user?.collection === 'accounts') return { recipientAccount: { equals: req.user.id } }
  return false
}

export const Notifications: CollectionConfig = {
  slug: SLUGS.notifications,
  labels: { singular: { fr: 'Notification', en: 'Notification' }, plural: { fr: 'Notifications', en: 'Notifications' } },
  admin: {
    group: GROUPS.dashboard,
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'readAt', 'createdAt'],
    listSearchableFields: ['title', 'body'],
  },
  defaultSort: ['readAt', '-createdAt'],
  access: {
    read: anyOf(isSuperAdmin, ownNotifications),
    // Notifications are written by lifecycle effects only.
    create: nobody,
    update: ownNotifications,
    delete: ownNotifications,
  },
  fields: [
    { name: 'title', type: 'text', required: true, label: { fr: 'Titre', en: 'Title' }, access: { update: () => false } },
    { name: 'body', type: 'textarea', label: { fr: 'Message', en: 'Message' }, access: { update: () => false } },
    { name: 'kind', type: 'select', options: NOTIFICATION_KIND_OPTIONS, label: { fr: 'Type', en: 'Kind' }, access: { update: () => false } },
    { name: 'link', type: 'text', label: { fr: 'Lien', en: 'Link' }, access: { update: () => false } },
    { name: 'recipientUser', type: 'relationship', relationTo: SLUGS.users, index: true, label: { fr: 'Destinataire', en: 'Recipient' }, access: { update: () => false } },
    { name: 'recipientAccount', type: 'relationship', relationTo: SLUGS.accounts, index: true, label: { fr: 'Destinataire (jeune)', en: 'Recipient (young person)' }, access: { update: () => false } },
    {
      name: 'dedupeKey',
      type: 'text',
      unique: true,
      admin: { hidden: true },
      access: { read: () => false, update: () => false },
    },
    { name: 'readAt', type: 'date', index: true, label: { fr: 'Lue le', en: 'Read at' }, admin: { position: 'sidebar' } },
  ],
}
