import React from 'react'

import { SetPasswordForm } from './SetPasswordForm'

export const metadata = { title: 'Choisir mon mot de passe' }

type Args = { searchParams: Promise<{ token?: string }> }

/** Where the link of a "set your password" e-mail leads a young person. */
const SetPasswordPage = async ({ searchParams }: Args) => {
  const { token } = await searchParams
  return (
    <>
      <h1>Choisir mon mot de passe</h1>
      {token ? <SetPasswordForm token={token} /> : <p>Ce lien est incomplet : demandez-en un nouveau avec « Mot de passe oublié ».</p>}
    </>
  )
}

export default SetPasswordPage
