'use client'
import React, { useActionState } from 'react'

import { Field } from '../components/Field'
import { preRegister, type PreRegistrationState } from './actions'

/** The pre-registration form; a server action, so it also works without JavaScript. */
export const PreRegistrationForm = ({ code }: { code?: string }) => {
  const [state, action, pending] = useActionState<PreRegistrationState, FormData>(preRegister, {})
  if (state.done)
    return (
      <div className="notice" role="status">
        <p>
          Votre pré-inscription est enregistrée. La Mission Locale qui couvre le code postal {state.done.postalCode} va l’étudier : vous
          recevrez un e-mail dès que votre compte sera activé.
        </p>
        {state.done.linkedCode && <p>Votre résultat Instant-T est joint à votre dossier.</p>}
      </div>
    )
  const errors = state.errors?.fields ?? {}
  const values = state.values ?? {}
  return (
    <form action={action} noValidate>
      {state.errors && (
        <div className="alert" role="alert">
          {state.errors.message}
        </div>
      )}
      <Field name="firstName" label="Prénom" autoComplete="given-name" required error={errors.firstName} defaultValue={values.firstName} />
      <Field name="lastName" label="Nom" autoComplete="family-name" required error={errors.lastName} defaultValue={values.lastName} />
      <Field name="email" label="Adresse e-mail" type="email" autoComplete="email" required error={errors.email} defaultValue={values.email} />
      <Field name="birthDate" label="Date de naissance" type="date" autoComplete="bday" required error={errors.birthDate} defaultValue={values.birthDate} hint="Si vous avez moins de 18 ans, votre Mission Locale vous demandera le contact d’un proche." />
      <Field name="postalCode" label="Code postal" autoComplete="postal-code" inputMode="numeric" required error={errors.postalCode} defaultValue={values.postalCode} hint="5 chiffres : il désigne votre Mission Locale." />
      <Field name="phone" label="Téléphone" type="tel" autoComplete="tel" error={errors.phone} defaultValue={values.phone} />
      <Field name="password" label="Mot de passe" type="password" autoComplete="new-password" required error={errors.password} hint="Au moins 10 caractères." />
      <Field name="passwordConfirm" label="Confirmer le mot de passe" type="password" autoComplete="new-password" required error={errors.passwordConfirm} />
      <Field name="instantTCode" label="Code Instant-T" error={errors.instantTCode} defaultValue={values.instantTCode ?? code} hint="Facultatif : le code à 6 caractères reçu à la fin du questionnaire." />
      <button type="submit" disabled={pending}>
        Envoyer ma pré-inscription
      </button>
    </form>
  )
}
