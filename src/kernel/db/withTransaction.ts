import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

/**
 * Runs `fn` in the request's transaction: opens one if the request has none (and then commits it
 * when `fn` resolves, rolls it back when it throws), or joins the caller's, which commits or
 * rolls back itself. `afterCommit` runs only once this call has committed its own transaction
 * (work that must not see an uncommitted change, such as running the effects just queued).
 */
export const withTransaction = async <T>(
  req: PayloadRequest,
  fn: () => Promise<T>,
  { afterCommit }: { afterCommit?: (result: T) => void | Promise<void> } = {},
): Promise<T> => {
  const owns = await initTransaction(req)
  let result: T
  try {
    result = await fn()
    if (owns) await commitTransaction(req)
  } catch (error) {
    if (owns) await killTransaction(req)
    throw error
  }
  if (owns) await afterCommit?.(result)
  return result
}
