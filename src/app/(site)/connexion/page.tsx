import { redirect } from 'next/navigation'
import React from 'react'

import { currentAccount } from '../lib/session'
import { LoginForm } from './LoginForm'

export const metadata = { title: 'Connexion' }

const LoginPage = async () => {
  if (await currentAccount()) redirect('/espace-jeune')
  return (
    <>
      <h1>Connexion à mon espace</h1>
      <LoginForm />
      <p>
        Pas encore de compte ? <a href="/inscription">Pré-inscrivez-vous</a>.
      </p>
    </>
  )
}

export default LoginPage
