import { redirect, unstable_rethrow } from 'next/navigation'

import { PayloadSDKError } from '../../../client'
import { formErrors } from './errors'

/** Back to `path` with a message the page shows (see `Flash`). */
export const redirectWith = (path: string, kind: 'ok' | 'erreur', message: string): never => {
  const [base, hash] = path.split('#')
  const separator = base.includes('?') ? '&' : '?'
  redirect(`${base}${separator}${kind}=${encodeURIComponent(message)}${hash ? `#${hash}` : ''}`)
}

/**
 * Runs one call of the API for a form; a refusal goes back to `path` with the API's French
 * message (field messages included), an expired session to the login page.
 */
export const attempt = async <T>(path: string, call: () => Promise<T>, fallback: string): Promise<T> => {
  try {
    return await call()
  } catch (error) {
    unstable_rethrow(error) // A redirect decided inside `call` goes on.
    if (error instanceof PayloadSDKError && error.status === 401) redirect('/connexion')
    const { message, fields } = formErrors(error, fallback)
    return redirectWith(path, 'erreur', [message === 'Vérifiez les champs signalés.' ? '' : message, ...Object.values(fields)].filter(Boolean).join(' '))
  }
}
