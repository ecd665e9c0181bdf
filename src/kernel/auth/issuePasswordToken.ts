import crypto from 'node:crypto'
import type { PayloadRequest } from 'payload'

const TWELVE_HOURS = 12 * 60 * 60 * 1000
/** A token issued less than this long ago is given again rather than replaced. */
const REISSUE_WINDOW = 60 * 60 * 1000

/**
 * A "set your password" token, valid 12 hours, that the reset-password route accepts.
 * Written as two columns only: Payload's `forgotPassword` saves the whole record, which would
 * drop a session the person opened meanwhile (the effect may run again, later, on retry).
 *
 * A retry gives the same token again while it was issued within the hour: the e-mail's jobs
 * retry for about nine minutes when the SMTP server refuses, and a new token each time would
 * rewrite the account ten times and kill a link already sent by an attempt whose e-mail left
 * but whose job failed afterwards. The link stays valid at least eleven hours.
 */
export const issuePasswordToken = async ({ req, collection, id }: { req: PayloadRequest; collection: 'accounts' | 'users'; id: number | string }) => {
  const current = (await req.payload.db.findOne({
    collection,
    where: { id: { equals: id } },
    select: { resetPasswordToken: true, resetPasswordExpiration: true },
    req,
  })) as { resetPasswordToken?: string | null; resetPasswordExpiration?: string | null } | null
  const expiresAt = current?.resetPasswordExpiration ? new Date(current.resetPasswordExpiration).getTime() : 0
  if (current?.resetPasswordToken && expiresAt > Date.now() + TWELVE_HOURS - REISSUE_WINDOW) return current.resetPasswordToken

  const token = crypto.randomBytes(20).toString('hex')
  await req.payload.db.updateOne({
    collection,
    id,
    data: { resetPasswordToken: token, resetPasswordExpiration: new Date(Date.now() + TWELVE_HOURS).toISOString() },
    req,
  })
  return token
}
