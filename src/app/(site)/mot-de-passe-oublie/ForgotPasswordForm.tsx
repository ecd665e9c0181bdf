'use client'
import React, { useActionState } from 'react'

import { askNewPassword } from '../connexion/actions'
import { Field } from '../components/Field'

export const ForgotPasswordForm = () => {
  const [state, action, pending] = useActionState(askNewPassword, {})
  if (state.sent)
    return (
      <p className="notice" role="status">
        Si un compte existe avec cette adresse, un e-mail vient de lui être envoyé avec un lien pour choisir un nouveau mot de passe. Le
        lien est valable 12 heures.
      </p>
    )
  return (
    <form action={action}>
      <Field name="email" label="Adresse e-mail" type="email" autoComplete="email" required />
      <button type="submit" disabled={pending}>
        Recevoir un lien
      </button>
    </form>
  )
}
