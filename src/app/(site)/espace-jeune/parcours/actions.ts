'use server'
import { redirect } from 'next/navigation'

import { siteClient } from '../../lib/session'

/** « Partager mon parcours » / « Retirer mon consentement »: recorded with its date, revocable at any time. */
export const setSharingConsent = async (formData: FormData) => {
  const given = formData.get('given') === 'true'
  await (await siteClient()).accounts.setSharingConsent(given)
  redirect(`/espace-jeune/parcours?consentement=${given ? 'donne' : 'retire'}`)
}
