import type { FieldAccess, PayloadRequest } from 'payload'

/**
 * A field-level rule that depends on the caller alone (not on the document), decided once per
 * request and reused for every field and every document it guards: Payload calls field access
 * per field per document (issue #16, a role hiding several fields on a list of 20 documents).
 * Decided again if the request's user changes.
 */
export const decidedOncePerRequest = (decide: (req: PayloadRequest) => boolean): FieldAccess => {
  const decisions = new WeakMap<PayloadRequest, { user: unknown; allowed: boolean }>()
  return ({ req }) => {
    const known = decisions.get(req)
    if (known && known.user === req.user) return known.allowed
    const allowed = decide(req)
    decisions.set(req, { user: req.user, allowed })
    return allowed
  }
}
