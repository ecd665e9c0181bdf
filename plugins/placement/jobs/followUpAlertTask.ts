import type { TaskConfig } from 'payload'

import { absoluteUrl, adminDocumentLink } from '../../../src/kernel/email/links'
import { notifyAccount, notifyStaff } from '../../../src/kernel/notifications/notify'
import { establishmentFollowers } from '../operations/recipients'
import { loadDoc } from '../../../src/kernel/lib/loadDoc'
import { relationId } from '../../../src/kernel/lib/relationId'

export const FOLLOW_UP_ALERT_TASK = 'placement-follow-up-alert'

/**
 * A new follow-up message, after it committed: a candidate's message alerts the establishment's
 * referents (as each chose); a referent's message is e-mailed to the candidate. Safe to run twice.
 */
export const followUpAlertTask: TaskConfig = {
  slug: FOLLOW_UP_ALERT_TASK as TaskConfig['slug'],
  label: 'Alerte de message de suivi',
  retries: { attempts: 10, backoff: { type: 'exponential', delay: 500 } },
  inputSchema: [{ name: 'message', type: 'text', required: true }],
  handler: async ({ input, req }) => {
    const message = await loadDoc({ req, collection: 'follow-up-messages', id: String((input as { message: string }).message) })
    if (!message) return { output: {} }
    const thread = message.candidature
      ? { collection: 'candidatures', id: relationId(message.candidature) }
      : { collection: 'parrainages', id: relationId(message.parrainage) }
    const dedupeKey = `follow-up-message:${message.id}`
    if (message.authorAccount) {
      await notifyStaff({
        req,
        recipients: await establishmentFollowers({ req, structure: message.structure }),
        kind: 'follow-up-message',
        title: 'Nouveau message de suivi',
        lines: [`${message.authorName} : « ${message.body} »`],
        link: { label: 'Voir le suivi', url: adminDocumentLink(thread.collection, String(thread.id)) },
        dedupeKey,
      })
      return { output: {} }
    }
    const accountId = relationId(message.account)
    const account = accountId ? await req.payload.findByID({ collection: 'accounts', id: accountId, depth: 0, overrideAccess: true, disableErrors: true, req }) : null
    if (!account) return { output: {} }
    await notifyAccount({
      req,
      account,
      kind: 'follow-up-message',
      title: 'Nouveau message de votre référent',
      lines: [`${message.authorName} vous a écrit :`, String(message.body)],
      link: { label: 'Voir mes candidatures', url: absoluteUrl('/espace-jeune') },
      dedupeKey,
    })
    return { output: {} }
  },
}
