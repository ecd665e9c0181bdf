'use server'
import { redirect } from 'next/navigation'

import { formErrors, type FormErrors } from '../lib/errors'
import { endSession, siteClient, startSession } from '../lib/session'

export type LoginState = { errors?: FormErrors; email?: string }

/** Logs the young person in through `POST /api/accounts/login`; the token stays in an httpOnly cookie of the site. */
export const logIn = async (_previous: LoginState, formData: FormData): Promise<LoginState> => {
  const email = String(formData.get('email') ?? '').trim()
  const password = String(formData.get('password') ?? '')
  let token: string | undefined
  try {
    const result = await (await siteClient()).accounts.login(email, password)
    token = result.token
    if (token) await startSession(token, result.exp)
  } catch (error) {
    return { email, errors: formErrors(error, 'Connexion impossible pour le moment. Réessayez dans un instant.') }
  }
  if (!token) return { email, errors: { message: 'Adresse e-mail ou mot de passe incorrect.', fields: {} } }
  redirect('/espace-jeune')
}

export const logOut = async () => {
  await (await siteClient()).sdk.request({ method: 'POST', path: '/accounts/logout' }).catch(() => undefined)
  await endSession()
  redirect('/connexion')
}

/** « Mot de passe oublié » always answers the same, so that the form does not tell which addresses have an account. */
export const askNewPassword = async (_previous: { sent?: boolean }, formData: FormData): Promise<{ sent?: boolean }> => {
  await (await siteClient()).accounts.forgotPassword(String(formData.get('email') ?? '').trim()).catch(() => undefined)
  return { sent: true }
}
