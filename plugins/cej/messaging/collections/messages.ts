import type { CollectionConfig, FieldHook } from 'payload'

import { hiddenUnless, nobody } from '../../../../src/kernel/access'
import { GROUPS, SLUGS } from '../../../../collections/slugs'
import { MESSAGING_SLUGS } from '../../slugs'
import { allOf } from '../../../../src/kernel/access'
import { authorWithinDelay, ownConversationPart } from '../access'
import { messageEndpoints } from '../endpoints'
import { recountAfterDelete, validateEdit } from '../hooks/messageHooks'
import { validateLinks } from '../operations/sendMessage'
import { DELETED_WITH_TARGET } from '../../../../src/kernel/db/dependents'

const fixed = { create: () => false, update: () => false }

/** « Vous » for the reader's own messages, otherwise the author's name as it is today (anonymised names included). */
const authorName: FieldHook = async ({ siblingData, req }) => {
  const userId = siblingData?.authorUser
  const accountId = siblingData?.authorAccount
  const isMine =
    (userId && req.user?.collection === 'users' && String(req.user.id) === String(typeof userId === 'object' ? userId.id : userId)) ||
    (accountId && req.user?.collection === 'accounts' && String(req.user.id) === String(typeof accountId === 'object' ? accountId.id : accountId))
  if (isMine) return 'Vous'
  const collection = userId ? 'users' : 'accounts'
  const id = userId ?? accountId
  if (!id) return null
  const key = `authorName:${collection}:${typeof id === 'object' ? id.id : id}`
  const cache = (req.context.authorNames ??= new Map<string, Promise<string | null>>()) as Map<string, Promise<string | null>>
  if (!cache.has(key)) {
    cache.set(
      key,
      req.payload
        .findByID({ collection, id: typeof id === 'object' ? id.id : id, depth: 0, overrideAccess: true, disableErrors: true, select: { firstName: true, lastName: true }, req })
        .then((doc) => (doc ? [doc.firstName, doc.lastName].filter(Boolean).join(' ') || null : null)),
    )
  }
  return cache.get(key)
}

/**
 * One message of a conversation. Written only by `POST /api/messages/send` (one message in each
 * recipient's conversation); its author may correct the text or withdraw it within 5 minutes
 * (`EDIT_DELAY_MS`), nobody else ever. The author is a relationship: the name is resolved at
 * read time (`authorName`), never copied.
 */
export const Messages: CollectionConfig = {
  slug: MESSAGING_SLUGS.messages,
  labels: { singular: { fr: 'Message', en: 'Message' }, plural: { fr: 'Messages', en: 'Messages' } },
  admin: {
    group: GROUPS.cej,
    useAsTitle: 'text',
    defaultColumns: ['conversation', 'authorName', 'text', 'createdAt', 'readAt'],
    hidden: hiddenUnless({ sections: ['cej'] }),
  },
  // `Message` is already a GraphQL type name (Payload's own); ours is `ConversationMessage`.
  graphQL: { singularName: 'ConversationMessage', pluralName: 'ConversationMessages' },
  defaultSort: '-createdAt',
  indexes: [
    { fields: ['conversation', 'createdAt'] },
    { fields: ['account', 'direction', 'notifiedAt'] },
    { fields: ['counsellor', 'direction', 'notifiedAt'] },
  ],
  access: {
    read: ownConversationPart(),
    create: nobody,
    update: allOf(authorWithinDelay, ownConversationPart()),
    delete: allOf(authorWithinDelay, ownConversationPart()),
  },
  endpoints: messageEndpoints,
  hooks: { beforeChange: [validateEdit], afterDelete: [recountAfterDelete] },
  fields: [
    { name: 'conversation', type: 'relationship', relationTo: MESSAGING_SLUGS.conversations, required: true, custom: DELETED_WITH_TARGET, index: true, access: fixed, label: { fr: 'Conversation', en: 'Conversation' } },
    { name: 'text', type: 'textarea', maxLength: 5000, label: { fr: 'Message', en: 'Text' } },
    { name: 'links', type: 'array', maxRows: 10, validate: validateLinks, label: { fr: 'Liens', en: 'Links' }, fields: [{ name: 'url', type: 'text', required: true, label: { fr: 'Adresse', en: 'URL' } }] },
    { name: 'attachments', type: 'upload', relationTo: MESSAGING_SLUGS.messageAttachments, hasMany: true, access: fixed, label: { fr: 'Pièces jointes', en: 'Attachments' } },
    { name: 'authorName', type: 'text', virtual: true, access: fixed, admin: { readOnly: true }, hooks: { afterRead: [authorName] }, label: { fr: 'Auteur', en: 'Author' } },
    {
      type: 'row',
      fields: [
        { name: 'authorUser', type: 'relationship', relationTo: SLUGS.users, access: fixed, label: { fr: 'Auteur (conseiller)', en: 'Author (staff)' } },
        { name: 'authorAccount', type: 'relationship', relationTo: SLUGS.accounts, access: fixed, label: { fr: 'Auteur (bénéficiaire)', en: 'Author (young person)' } },
      ],
    },
    {
      name: 'direction',
      type: 'select',
      required: true,
      access: fixed,
      options: [
        { value: 'to-account', label: { fr: 'Au bénéficiaire', en: 'To the young person' } },
        { value: 'to-counsellor', label: { fr: 'Au conseiller', en: 'To the counsellor' } },
      ],
      label: { fr: 'Sens', en: 'Direction' },
    },
    { name: 'readAt', type: 'date', index: true, access: fixed, label: { fr: 'Lu le', en: 'Read at' }, admin: { readOnly: true, date: { displayFormat: 'dd/MM/yyyy HH:mm' } } },
    { name: 'readState', type: 'text', virtual: true, access: fixed, admin: { readOnly: true }, hooks: { afterRead: [({ siblingData }) => (siblingData?.readAt ? 'Lu' : 'Non lu')] }, label: { fr: 'Lecture', en: 'Read state' } },
    // The conversation's participants, copied as ids (not names) so access filters without a join.
    { name: 'counsellor', type: 'relationship', relationTo: SLUGS.users, required: true, index: true, access: fixed, admin: { position: 'sidebar', readOnly: true }, label: { fr: 'Conseiller', en: 'Counsellor' } },
    { name: 'account', type: 'relationship', relationTo: SLUGS.accounts, required: true, custom: DELETED_WITH_TARGET, index: true, access: fixed, admin: { position: 'sidebar', readOnly: true }, label: { fr: 'Bénéficiaire', en: 'Young person' } },
    { name: 'diffusionList', type: 'relationship', relationTo: MESSAGING_SLUGS.diffusionLists, index: true, access: fixed, admin: { position: 'sidebar', readOnly: true }, label: { fr: 'Liste de diffusion', en: 'Diffusion list' } },
    { name: 'batch', type: 'text', index: true, access: fixed, admin: { position: 'sidebar', readOnly: true }, label: { fr: 'Envoi multi-destinataires', en: 'Batch' } },
    { name: 'notifiedAt', type: 'date', access: { ...fixed, read: () => false }, admin: { hidden: true } },
  ],
}
