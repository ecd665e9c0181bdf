'use server'
import { formErrors, type FormErrors } from '../lib/errors'
import { siteClient } from '../lib/session'

export type PreRegistrationState = { errors?: FormErrors; done?: { postalCode: string; linkedCode: boolean }; values?: Record<string, string> }

const text = (formData: FormData, name: string) => String(formData.get(name) ?? '').trim()

/** Pre-registration (`POST /api/accounts`, anonymous): the platform finds the Mission Locale from the postal code. */
export const preRegister = async (_previous: PreRegistrationState, formData: FormData): Promise<PreRegistrationState> => {
  const values = Object.fromEntries(['firstName', 'lastName', 'email', 'birthDate', 'postalCode', 'phone', 'instantTCode'].map((name) => [name, text(formData, name)]))
  const password = String(formData.get('password') ?? '')
  if (password !== String(formData.get('passwordConfirm') ?? ''))
    return { values, errors: { message: 'Vérifiez les champs signalés.', fields: { passwordConfirm: 'Les deux mots de passe ne correspondent pas.' } } }
  try {
    await (
      await siteClient()
    ).accounts.preRegister({
      email: values.email,
      password,
      firstName: values.firstName,
      lastName: values.lastName,
      birthDate: values.birthDate || undefined,
      postalCode: values.postalCode,
      ...(values.phone ? { phone: values.phone } : {}),
      ...(values.instantTCode ? { instantTCode: values.instantTCode.toUpperCase() } : {}),
    } as never)
    return { done: { postalCode: values.postalCode, linkedCode: Boolean(values.instantTCode) } }
  } catch (error) {
    return { values, errors: formErrors(error, 'La pré-inscription n’a pas pu être enregistrée. Réessayez dans un instant.') }
  }
}
