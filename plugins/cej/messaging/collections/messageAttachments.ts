import path from 'node:path'
import type { CollectionBeforeChangeHook, CollectionConfig, Where } from 'payload'

import { allOf, anyOf, asPrincipal, hiddenUnless, isAccountUser, isStaffUser, nobody } from '../../../../src/kernel/access'
import { GROUPS, SLUGS } from '../../../../collections/slugs'
import { MESSAGING_SLUGS } from '../../slugs'
import { cejStaff } from '../access'

const stampUploader: CollectionBeforeChangeHook = ({ data, req, operation }) => {
  const user = asPrincipal(req.user)
  if (operation === 'create' && isStaffUser(user)) data.uploadedBy = user.id
  return data
}

/**
 * A file a counsellor attaches to messages (« pièces jointes »; a young person sends none, RGPD).
 * Read, the file URL (`/api/message-attachments/file/<name>`) included, only by the uploader and
 * by the young people whose conversation carries it (`accounts`, set when the message is sent).
 */
export const MessageAttachments: CollectionConfig = {
  slug: MESSAGING_SLUGS.messageAttachments,
  labels: { singular: { fr: 'Pièce jointe', en: 'Attachment' }, plural: { fr: 'Pièces jointes', en: 'Attachments' } },
  admin: { group: GROUPS.cej, defaultColumns: ['filename', 'createdAt'], hidden: hiddenUnless({ sections: ['cej'] }) },
  access: {
    read: anyOf(
      ({ req }) => {
        const user = asPrincipal(req.user)
        return isStaffUser(user) ? ({ uploadedBy: { equals: user.id } } as Where) : false
      },
      ({ req }) => {
        const user = asPrincipal(req.user)
        return isAccountUser(user) ? ({ accounts: { in: [user.id] } } as Where) : false
      },
    ),
    create: cejStaff,
    update: nobody,
    delete: allOf(cejStaff, ({ req }) => ({ and: [{ uploadedBy: { equals: req.user?.id } }, { accounts: { exists: false } }] }) as Where),
  },
  hooks: { beforeChange: [stampUploader] },
  upload: {
    staticDir: path.resolve(process.env.MEDIA_DIR ?? '.data/media', 'message-attachments'),
    mimeTypes: ['application/pdf', 'image/png', 'image/jpeg', 'image/webp', 'text/plain', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'application/msword', 'application/vnd.oasis.opendocument.text'],
  },
  fields: [
    { name: 'uploadedBy', type: 'relationship', relationTo: SLUGS.users, index: true, access: { create: () => false, update: () => false }, admin: { position: 'sidebar', readOnly: true }, label: { fr: 'Déposée par', en: 'Uploaded by' } },
    { name: 'accounts', type: 'relationship', relationTo: SLUGS.accounts, hasMany: true, access: { create: () => false, update: () => false }, admin: { readOnly: true }, label: { fr: 'Destinataires', en: 'Recipients' } },
  ],
}
