import { siteClient } from '../../../lib/session'
import { refusedDownload } from '../../../lib/downloads'

/** « Mes données » as a PDF: the API's `GET /api/accounts/my-data.pdf`, passed on as a download. */
export const GET = async () => {
  try {
    const pdf = await (await siteClient()).accounts.myDataPdf()
    return new Response(pdf.body, {
      headers: {
        'Content-Type': 'application/pdf',
        'Content-Disposition': 'attachment; filename="mes-donnees-tremplin.pdf"',
        'Cache-Control': 'no-store',
      },
    })
  } catch (error) {
    return refusedDownload(error)
  }
}
