import crypto from 'node:crypto'
import { killTransaction, type CollectionAfterOperationHook, type CollectionBeforeOperationHook } from 'payload'

import { queueEffects } from '../../../lifecycle/operations/queueEffects'
import { SLUGS } from '../../../../collections/slugs'

/** The effect that tells the owner of a known address that someone pre-registered with it. */
export const KNOWN_EMAIL_EFFECT = 'warnPreRegistrationOfKnownEmail'

const CONTEXT_KEY = 'preRegistrationsOfKnownEmails'

/** Placeholder address → the address sent (as Payload stores it: trimmed, lower case) and its account. */
type Pending = Record<string, { email: string; existing: number | string }>

const pendingOf = (context: Record<string, unknown>): Pending => (context[CONTEXT_KEY] ??= {}) as Pending

/**
 * An anonymous pre-registration with an e-mail that already has an account must answer exactly
 * as for a new one, or the form tells anyone whether an address (a minor's included) is known.
 * So the create runs as usual (the same validation, the same 400s, the same time) under a
 * placeholder address, and `answerAsForANewAccount` then rolls it back.
 */
export const holdKnownEmail: CollectionBeforeOperationHook = async ({ args, operation, overrideAccess, req }) => {
  if (operation !== 'create' || overrideAccess || req.user) return args
  const data = (args as { data?: Record<string, unknown> }).data
  const email = typeof data?.email === 'string' ? data.email.trim().toLowerCase() : ''
  if (!email) return args
  const { docs } = await req.payload.find({ collection: SLUGS.accounts, where: { email: { equals: email } }, limit: 1, depth: 0, pagination: false, overrideAccess: true, req })
  if (!docs[0]) return args
  const placeholder = `known-${crypto.randomUUID()}@pre-registration.invalid`
  pendingOf(req.context)[placeholder] = { email, existing: docs[0].id }
  return { ...args, data: { ...data, email: placeholder } }
}

/**
 * Rolls the placeholder account back (an anonymous REST or GraphQL create runs in a transaction
 * of its own: nothing it wrote, its queued effects included, remains), queues the e-mail to the
 * address's owner instead, and answers with the document as it was built, under the e-mail sent.
 */
export const answerAsForANewAccount: CollectionAfterOperationHook = async ({ operation, req, result }) => {
  if (operation !== 'create') return result
  const placeholder = (result as { email?: string }).email ?? ''
  const held = pendingOf(req.context)[placeholder]
  if (!held) return result
  delete pendingOf(req.context)[placeholder]
  await killTransaction(req)
  await queueEffects({ req, collection: SLUGS.accounts, document: held.existing, effects: [KNOWN_EMAIL_EFFECT] })
  return JSON.parse(JSON.stringify(result).replaceAll(placeholder, held.email))
}
