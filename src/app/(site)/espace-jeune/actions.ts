'use server'
import { redirect } from 'next/navigation'

import { ACCOUNT_NOTIFICATION_KINDS } from '../../../kernel/notifications/accountKinds'
import { currentAccount, siteClient } from '../lib/session'

/** « Mes notifications »: for each kind, by e-mail and/or in my space; saved on the account through the API. */
export const savePreferences = async (formData: FormData) => {
  const account = await currentAccount()
  if (!account) redirect('/connexion')
  const chosen = (channel: string) => ACCOUNT_NOTIFICATION_KINDS.filter((kind) => formData.get(`${channel}:${kind}`) === 'on')
  await (await siteClient()).accounts.update(account.id, { alerts: { email: chosen('email'), inApp: chosen('inApp') } })
  redirect('/espace-jeune?preferences=enregistrees')
}
