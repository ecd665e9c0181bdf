import type { PayloadRequest, TaskConfig } from 'payload'

import { claimOnce, poolOfPayload, releaseClaim } from '../db/sharedCounters'
import { staffPasswordLink } from '../email/links'
import { renderEmail } from '../email/render'
import { displayName } from '../lib/displayName'
import { issuePasswordToken } from './issuePasswordToken'

/**
 * Sends a staff user the « choose your password » e-mail of a new account, once: the caller's
 * `claim` (a marker shared by every worker) is taken before sending and given back only if sending
 * fails, so a retry after a successful send, or the same job handed to two workers, sends nothing
 * more. The link's token is written as two columns (`issuePasswordToken`), never through
 * `forgotPassword`, which would rewrite the whole user and drop sessions. A user gone or no
 * longer active gets nothing.
 */
export const sendStaffPasswordLink = async ({
  req,
  id,
  claim,
  title,
  introduction,
}: {
  req: PayloadRequest
  id: number | string
  /** Names the notice: one e-mail per claim and user. */
  claim: string
  title: string
  /** The sentence after « Bonjour … », saying who created the account. */
  introduction: string
}) => {
  const user = await req.payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true, disableErrors: true, req })
  if (!user || user.status !== 'active') return
  const pool = poolOfPayload(req.payload)
  const key = `${claim}:${user.id}`
  if (!(await claimOnce({ pool, key }))) return
  try {
    const token = await issuePasswordToken({ req, collection: 'users', id: user.id })
    await req.payload.sendEmail({
      to: user.email,
      ...renderEmail({
        title,
        lines: [
          `Bonjour ${displayName(user)},`,
          introduction,
          'Ce lien est valable 12 heures. Passé ce délai, utilisez « Mot de passe oublié » sur la page de connexion.',
        ],
        action: { label: 'Choisir mon mot de passe', url: staffPasswordLink(String(token)) },
      }),
    })
  } catch (error) {
    await releaseClaim({ pool, key })
    throw error
  }
}

/**
 * The job that sends that e-mail for the user in its input: one per notice (`slug` is also the
 * claim), each saying in its own words who created the account.
 */
export const staffPasswordLinkTask = ({ slug, label, title, introduction }: { slug: TaskConfig['slug']; label: string; title: string; introduction: string }): TaskConfig => ({
  slug,
  label,
  retries: { attempts: 10, backoff: { type: 'exponential', delay: 500 } },
  inputSchema: [{ name: 'user', type: 'text', required: true }],
  handler: async ({ input, req }) => {
    const { user } = input as { user: string }
    await sendStaffPasswordLink({ req, id: user, claim: slug, title, introduction })
    return { output: {} }
  },
})
