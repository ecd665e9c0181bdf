import React from 'react'

import { PreRegistrationForm } from './PreRegistrationForm'

export const metadata = { title: 'Pré-inscription' }

type Args = { searchParams: Promise<{ code?: string }> }

/** Pre-registration with the Mission Locale of one's postal code, carrying an Instant-T code if one was given. */
const PreRegistrationPage = async ({ searchParams }: Args) => {
  const { code } = await searchParams
  return (
    <>
      <h1>Pré-inscription</h1>
      <p>Remplissez ce formulaire : la Mission Locale de chez vous reçoit votre demande et vous recontacte.</p>
      <PreRegistrationForm code={code} />
    </>
  )
}

export default PreRegistrationPage
