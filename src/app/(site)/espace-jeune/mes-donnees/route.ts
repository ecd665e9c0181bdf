import { siteClient } from '../../lib/session'

/**
 * « Mes données »: what the platform holds on the logged-in young person, read through the
 * public API as them (so exactly what their own access lets them read), as one JSON file.
 */
export const GET = async () => {
  const client = await siteClient()
  const { user } = await client.accounts.me().catch(() => ({ user: null }))
  if (!user) return Response.json({ errors: [{ message: 'Connectez-vous pour télécharger vos données.' }] }, { status: 401 })
  const notifications = await client.sdk.find({ collection: 'notifications', limit: 100, depth: 0 }).catch(() => null)
  const instantT = await client.sdk.find({ collection: 'instant-t', limit: 100, depth: 0 }).catch(() => null)
  const body = { exportedAt: new Date().toISOString(), account: user, instantT: instantT?.docs ?? [], notifications: notifications?.docs ?? [] }
  return new Response(JSON.stringify(body, null, 2), {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': 'attachment; filename="mes-donnees-tremplin.json"',
      'Cache-Control': 'no-store',
    },
  })
}
