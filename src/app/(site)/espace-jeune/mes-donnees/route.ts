import { refusedDownload } from '../../lib/downloads'
import { siteClient } from '../../lib/session'

/**
 * « Mes données »: what the platform holds on the logged-in young person, as one JSON file, from
 * `GET /api/accounts/my-data` (read as them: exactly what their own access lets them read).
 */
export const GET = async () => {
  try {
    const body = await (await siteClient()).accounts.myData()
    return new Response(JSON.stringify(body, null, 2), {
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Disposition': 'attachment; filename="mes-donnees-tremplin.json"',
        'Cache-Control': 'no-store',
      },
    })
  } catch (error) {
    return refusedDownload(error)
  }
}
