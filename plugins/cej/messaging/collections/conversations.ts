import type { CollectionConfig } from 'payload'

import { hiddenUnless, nobody } from '../../../../src/kernel/access'
import { GROUPS, SLUGS } from '../../../../collections/slugs'
import { MESSAGING_SLUGS } from '../../slugs'
import { ownConversationPart } from '../access'
import { conversationEndpoints } from '../endpoints'
import { DELETED_WITH_TARGET } from '../../../../src/kernel/db/dependents'

const readOnly = { create: () => false, update: () => false }

/**
 * One counsellor (or CEJ staff member) and one young person (« Messagerie »). Created by the
 * first message, never through the ordinary routes; counters and pins move only through the
 * messaging endpoints (`/api/messages/send`, `/api/conversations/:id/read`, `/api/conversations/:id/pin`).
 */
export const Conversations: CollectionConfig = {
  slug: MESSAGING_SLUGS.conversations,
  labels: { singular: { fr: 'Conversation', en: 'Conversation' }, plural: { fr: 'Conversations', en: 'Conversations' } },
  admin: {
    group: GROUPS.cej,
    defaultColumns: ['account', 'counsellor', 'lastMessageAt', 'unreadByCounsellor', 'unreadByAccount'],
    hidden: hiddenUnless({ sections: ['cej'] }),
  },
  defaultSort: '-lastMessageAt',
  indexes: [
    { fields: ['counsellor', 'account'], unique: true },
    { fields: ['counsellor', 'lastMessageAt'] },
  ],
  access: { read: ownConversationPart(), create: nobody, update: nobody, delete: nobody },
  endpoints: conversationEndpoints,
  fields: [
    { name: 'counsellor', type: 'relationship', relationTo: SLUGS.users, required: true, index: true, access: readOnly, label: { fr: 'Conseiller', en: 'Counsellor' } },
    { name: 'account', type: 'relationship', relationTo: SLUGS.accounts, required: true, custom: DELETED_WITH_TARGET, index: true, access: readOnly, label: { fr: 'Bénéficiaire', en: 'Young person' } },
    { name: 'lastMessageAt', type: 'date', index: true, access: readOnly, label: { fr: 'Dernier message', en: 'Last message' }, admin: { date: { displayFormat: 'dd/MM/yyyy HH:mm' } } },
    { name: 'unreadByCounsellor', type: 'number', defaultValue: 0, access: readOnly, label: { fr: 'Non lus (conseiller)', en: 'Unread by counsellor' } },
    { name: 'unreadByAccount', type: 'number', defaultValue: 0, access: readOnly, label: { fr: 'Non lus (bénéficiaire)', en: 'Unread by young person' } },
    { name: 'pinnedByCounsellor', type: 'checkbox', defaultValue: false, access: readOnly, label: { fr: 'Épinglée (conseiller)', en: 'Pinned by counsellor' } },
    { name: 'pinnedByAccount', type: 'checkbox', defaultValue: false, access: readOnly, label: { fr: 'Épinglée (bénéficiaire)', en: 'Pinned by young person' } },
  ],
}
