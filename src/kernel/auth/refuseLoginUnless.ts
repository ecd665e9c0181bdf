import { APIError, type CollectionBeforeLoginHook } from 'payload'

/** Only a record in the given lifecycle state may log in; others get a clear 403. */
export const refuseLoginUnless =
  ({ status, message }: { status: string; message: string | ((current: string) => string) }): CollectionBeforeLoginHook =>
  ({ user }) => {
    if (user.status !== status) {
      throw new APIError(typeof message === 'function' ? message(user.status) : message, 403, null, true)
    }
    return user
  }
