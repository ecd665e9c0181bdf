import { PayloadSDKError } from '../../../client'

/** A download the API refused (logged out, expired session) as the site's own 401, in French; anything else is a real failure. */
export const refusedDownload = (error: unknown) => {
  if (error instanceof PayloadSDKError && error.status < 500) return Response.json({ errors: [{ message: 'Connectez-vous pour télécharger vos données.' }] }, { status: 401 })
  throw error
}
