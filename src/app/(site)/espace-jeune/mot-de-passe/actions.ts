'use server'

import { siteClient } from '../../lib/session'

export type SetPasswordState = { done?: boolean; message?: string; fields?: { password?: string; passwordConfirm?: string } }

const MIN_LENGTH = 10

/**
 * « Choisir mon mot de passe » from the e-mail link (account created by staff, or « Mot de passe
 * oublié »): `POST /api/accounts/reset-password` through the typed client, checked first here so
 * that the person reads what is wrong next to the field.
 */
export const setPassword = async (_previous: SetPasswordState, formData: FormData): Promise<SetPasswordState> => {
  const token = String(formData.get('token') ?? '')
  const password = String(formData.get('password') ?? '')
  if (password.length < MIN_LENGTH) return { fields: { password: `Choisissez au moins ${MIN_LENGTH} caractères.` } }
  if (password !== String(formData.get('passwordConfirm') ?? '')) return { fields: { passwordConfirm: 'Les deux mots de passe ne correspondent pas.' } }
  try {
    await (await siteClient()).accounts.resetPassword(token, password)
  } catch {
    return { message: 'Ce lien a expiré ou a déjà servi : demandez-en un nouveau avec « Mot de passe oublié ».' }
  }
  return { done: true }
}
