import crypto from 'node:crypto'
import type { PayloadRequest } from 'payload'

const TWELVE_HOURS = 12 * 60 * 60 * 1000

/**
 * A "set your password" token, valid 12 hours, that the reset-password route accepts.
 * Written as two columns only: Payload's `forgotPassword` saves the whole record, which would
 * drop a session the person opened meanwhile (the effect may run again, later, on retry).
 */
export const issuePasswordToken = async ({ req, collection, id }: { req: PayloadRequest; collection: 'accounts' | 'users'; id: number | string }) => {
  const token = crypto.randomBytes(20).toString('hex')
  await req.payload.db.updateOne({
    collection,
    id,
    data: { resetPasswordToken: token, resetPasswordExpiration: new Date(Date.now() + TWELVE_HOURS).toISOString() },
    req,
  })
  return token
}
