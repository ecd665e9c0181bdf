import { redirect } from 'next/navigation'

import { currentAccount, siteClient } from './session'

/** A page of the young person's space: their account and the client as them, or the login page. */
export const youngPersonPage = async () => {
  const account = await currentAccount()
  if (!account) redirect('/connexion')
  return { account, client: await siteClient() }
}
