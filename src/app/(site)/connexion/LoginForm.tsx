'use client'
import React, { useActionState } from 'react'

import { Field } from '../components/Field'
import { logIn, type LoginState } from './actions'

export const LoginForm = () => {
  const [state, action, pending] = useActionState<LoginState, FormData>(logIn, {})
  return (
    <form action={action} noValidate>
      {state.errors && (
        <div className="alert" role="alert">
          {state.errors.message}
        </div>
      )}
      <Field name="email" label="Adresse e-mail" type="email" autoComplete="email" required defaultValue={state.email} />
      <Field name="password" label="Mot de passe" type="password" autoComplete="current-password" required />
      <div className="actions">
        <button type="submit" disabled={pending}>
          Me connecter
        </button>
        <a href="/mot-de-passe-oublie">Mot de passe oublié ?</a>
      </div>
    </form>
  )
}
