import React from 'react'

import { ForgotPasswordForm } from './ForgotPasswordForm'

export const metadata = { title: 'Mot de passe oublié' }

const ForgotPasswordPage = () => (
  <>
    <h1>Mot de passe oublié</h1>
    <p>Saisissez l’adresse e-mail de votre compte : vous recevrez un lien pour choisir un nouveau mot de passe.</p>
    <ForgotPasswordForm />
  </>
)

export default ForgotPasswordPage
