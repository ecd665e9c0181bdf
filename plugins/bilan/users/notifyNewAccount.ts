import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, CollectionConfig, Field } from 'payload'

import { PASSWORD_LINK_QUEUED } from '../../../src/kernel/auth/passwordByLink'
import { staffPasswordLinkTask } from '../../../src/kernel/auth/sendStaffPasswordLink'
import { EFFECTS_QUEUE } from '../../lifecycle/types'

export const NOTIFY_NEW_ACCOUNT_TASK = 'bilan-notify-new-account'

const CONTEXT_KEY = 'bilanNotifyNewAccount'

/** Seed 002, « Ajouter un conseiller »: ticked, the new user gets a link to set their password. */
export const notifyNewAccountField: Field = {
  name: 'notifyNewAccount',
  type: 'checkbox',
  virtual: true,
  label: { fr: "Notifier l'utilisateur de la création de son nouveau compte", en: 'Notify the user of their new account' },
  admin: {
    position: 'sidebar',
    // Payload makes a virtual field read-only in the admin unless told otherwise: this one is ticked.
    readOnly: false,
    // Only meaningful when the account is being created.
    condition: (data) => !data?.id,
    description: {
      fr: 'À la création : l’utilisateur reçoit un courriel avec un lien pour choisir son mot de passe.',
      en: 'On creation: the user receives a link to set their password.',
    },
  },
}

/** A virtual field is not stored: remember the choice for the after-change hook. */
const rememberChoice: CollectionBeforeChangeHook = ({ data, operation, context }) => {
  if (operation === 'create' && data?.notifyNewAccount === true) context[CONTEXT_KEY] = true
  return data
}

/**
 * Queued in the creation's transaction (it exists only if the user does) and sent from the jobs
 * queue after commit: a failing SMTP server is retried and never undoes the creation. It carries
 * the password link, so the core's own « choose your password » e-mail is not queued as well.
 */
const queueNotification: CollectionAfterChangeHook = async ({ doc, operation, req, context }) => {
  if (operation !== 'create' || !context[CONTEXT_KEY]) return doc
  await req.payload.jobs.queue({ task: NOTIFY_NEW_ACCOUNT_TASK, queue: EFFECTS_QUEUE, input: { user: String(doc.id) }, req })
  context[PASSWORD_LINK_QUEUED] = true
  return doc
}

/** Adds the checkbox and its hooks to the host's `users` collection (plugin idiom: hooks first). */
export const withNewAccountNotification = (users: CollectionConfig): CollectionConfig => ({
  ...users,
  fields: users.fields.some((field) => 'name' in field && field.name === notifyNewAccountField.name) ? users.fields : [...users.fields, notifyNewAccountField],
  hooks: {
    ...users.hooks,
    beforeChange: [rememberChoice, ...(users.hooks?.beforeChange ?? [])],
    afterChange: [queueNotification, ...(users.hooks?.afterChange ?? [])],
  },
})

/** Sends the « Votre compte a été créé » e-mail with a password link, once. */
export const notifyNewAccountTask = staffPasswordLinkTask({
  slug: NOTIFY_NEW_ACCOUNT_TASK,
  label: 'Bilan : courriel de création de compte',
  title: 'Votre compte Mon Bilan en Ligne a été créé',
  introduction: 'Votre administrateur académique vient de créer votre compte de conseiller. Choisissez votre mot de passe pour vous connecter.',
})
