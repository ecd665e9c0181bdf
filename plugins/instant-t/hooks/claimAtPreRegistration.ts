import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, Field } from 'payload'

import { claimResultByCode } from '../operations/claimResultByCode'

const CONTEXT_KEY = 'instantTCode'

/** The code a young person may give when pre-registering; never stored on the account. */
export const instantTCodeField: Field = {
  name: 'instantTCode',
  type: 'text',
  virtual: true,
  maxLength: 20,
  label: { fr: 'Code Instant-T', en: 'Instant-T code' },
  admin: { hidden: true },
  hooks: { afterRead: [() => undefined] },
}

/** Keeps the code aside: only an anonymous pre-registration may claim a result. */
export const rememberInstantTCode: CollectionBeforeChangeHook = ({ data, operation, req, context }) => {
  if (!data || !(CONTEXT_KEY in data)) return data
  const { [CONTEXT_KEY]: code, ...rest } = data
  if (operation === 'create' && !req.user && code) context[CONTEXT_KEY] = code
  return rest
}

/** Links the result once the account exists (same transaction as the pre-registration). */
export const claimInstantTAfterPreRegistration: CollectionAfterChangeHook = async ({ doc, operation, req, context }) => {
  if (operation !== 'create' || !context[CONTEXT_KEY]) return doc
  await claimResultByCode({ req, code: context[CONTEXT_KEY], account: doc })
  delete context[CONTEXT_KEY]
  return doc
}
