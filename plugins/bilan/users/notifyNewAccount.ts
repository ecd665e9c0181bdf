import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, CollectionConfig, Field, TaskConfig } from 'payload'

import { issuePasswordToken } from '../../../src/kernel/auth/issuePasswordToken'
import { claimOnce, poolOfPayload, releaseClaim } from '../../../src/kernel/db/sharedCounters'
import { staffPasswordLink } from '../../../src/kernel/email/links'
import { renderEmail } from '../../../src/kernel/email/render'
import { EFFECTS_QUEUE } from '../../lifecycle/types'
import { displayName } from '../../../src/kernel/lib/displayName'

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
 * queue after commit: a failing SMTP server is retried and never undoes the creation.
 */
const queueNotification: CollectionAfterChangeHook = async ({ doc, operation, req, context }) => {
  if (operation !== 'create' || !context[CONTEXT_KEY]) return doc
  await req.payload.jobs.queue({ task: NOTIFY_NEW_ACCOUNT_TASK, queue: EFFECTS_QUEUE, input: { user: String(doc.id) }, req })
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

/**
 * Sends the « Votre compte a été créé » e-mail with a password link built from serverURL, once:
 * the job claims the user's notice (a marker shared by every worker) before sending and gives it
 * back only if sending fails, so a retry after a successful send, or the same job handed to two
 * workers, sends nothing more. The link's token is written as two columns (`issuePasswordToken`),
 * never through `forgotPassword`, which would rewrite the whole user and drop sessions.
 */
export const notifyNewAccountTask: TaskConfig = {
  slug: NOTIFY_NEW_ACCOUNT_TASK,
  label: 'Bilan : courriel de création de compte',
  retries: { attempts: 10, backoff: { type: 'exponential', delay: 500 } },
  inputSchema: [{ name: 'user', type: 'text', required: true }],
  handler: async ({ input, req }) => {
    const { user: id } = input as { user: string }
    const user = await req.payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true, disableErrors: true, req })
    if (!user || user.status !== 'active') return { output: {} }
    const pool = poolOfPayload(req.payload)
    const claim = `${NOTIFY_NEW_ACCOUNT_TASK}:${user.id}`
    if (!(await claimOnce({ pool, key: claim }))) return { output: {} }
    try {
      const token = await issuePasswordToken({ req, collection: 'users', id: user.id })
      const name = displayName(user)
      await req.payload.sendEmail({
        to: user.email,
        ...renderEmail({
          title: 'Votre compte Mon Bilan en Ligne a été créé',
          lines: [
            `Bonjour ${name},`,
            'Votre administrateur académique vient de créer votre compte de conseiller. Choisissez votre mot de passe pour vous connecter.',
            'Ce lien est valable 12 heures. Passé ce délai, utilisez « Mot de passe oublié » sur la page de connexion.',
          ],
          action: { label: 'Choisir mon mot de passe', url: staffPasswordLink(String(token)) },
        }),
      })
    } catch (error) {
      await releaseClaim({ pool, key: claim })
      throw error
    }
    return { output: {} }
  },
}
