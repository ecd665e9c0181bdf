'use client'
import React, { useActionState } from 'react'

import { Field } from '../../components/Field'
import { setPassword } from './actions'

/** A server action, so that the form also works without JavaScript. */
export const SetPasswordForm = ({ token }: { token: string }) => {
  const [state, action, pending] = useActionState(setPassword, {})
  if (state.done)
    return (
      <p className="notice" role="status">
        Votre mot de passe est enregistré : vous pouvez <a href="/connexion">vous connecter</a>.
      </p>
    )
  return (
    <form action={action}>
      {state.message && (
        <p className="alert" role="alert">
          {state.message} <a href="/mot-de-passe-oublie">Mot de passe oublié</a>
        </p>
      )}
      <input type="hidden" name="token" value={token} />
      <Field name="password" label="Nouveau mot de passe" type="password" autoComplete="new-password" hint="Au moins 10 caractères." error={state.fields?.password} required />
      <Field name="passwordConfirm" label="Confirmer le mot de passe" type="password" autoComplete="new-password" error={state.fields?.passwordConfirm} required />
      <button type="submit" disabled={pending}>
        Enregistrer mon mot de passe
      </button>
    </form>
  )
}
