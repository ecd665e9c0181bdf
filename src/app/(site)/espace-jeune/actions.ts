'use server'
import { redirect } from 'next/navigation'

import { ACCOUNT_NOTIFICATION_KINDS } from '../../../kernel/notifications/accountKinds'
import { PayloadSDKError } from '../../../client'
import { currentAccount, siteClient } from '../lib/session'

/** « Mes notifications »: for each kind, by e-mail and/or in my space; saved on the account through the API. */
export const savePreferences = async (formData: FormData) => {
  const account = await currentAccount()
  if (!account) redirect('/connexion')
  const chosen = (channel: string) => ACCOUNT_NOTIFICATION_KINDS.filter((kind) => formData.get(`${channel}:${kind}`) === 'on')
  await (await siteClient()).accounts.update(account.id, { alerts: { email: chosen('email'), inApp: chosen('inApp') } })
  redirect('/espace-jeune?preferences=enregistrees')
}

/** « Demander l’effacement de mes données »: a request their counsellor receives and answers (409 while one is open). */
export const requestErasure = async (formData: FormData) => {
  const message = String(formData.get('message') ?? '').trim()
  let outcome = 'envoyee'
  try {
    await (await siteClient()).accounts.requestErasure(message || undefined)
  } catch (error) {
    if (!(error instanceof PayloadSDKError)) throw error
    if (error.status === 401 || error.status === 403) redirect('/connexion')
    outcome = error.status === 409 ? 'deja-en-cours' : 'refusee'
  }
  redirect(`/espace-jeune?effacement=${outcome}#mes-donnees`)
}
