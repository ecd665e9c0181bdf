import { env } from '../config/env'

/** Links in e-mails come from the configured server URL only. */
export const absoluteUrl = (path: string) => `${env.serverURL}${path.startsWith('/') ? path : `/${path}`}`

export const staffPasswordLink = (token: string) => absoluteUrl(`/admin/reset/${encodeURIComponent(token)}`)

export const accountPasswordLink = (token: string) => absoluteUrl(`/espace-jeune/mot-de-passe?token=${encodeURIComponent(token)}`)

export const adminDocumentLink = (collection: string, id: number | string) => absoluteUrl(`/admin/collections/${collection}/${id}`)
