'use server'

import { attempt, redirectWith } from '../../lib/redirects'
import { siteClient } from '../../lib/session'

/** « Demander un parrainage » to a company; the referent validates it before it is sent. */
export const requestParrainage = async (formData: FormData) => {
  const back = '/espace-jeune/parrainages'
  const employer = String(formData.get('employer') ?? '')
  const message = String(formData.get('message') ?? '').trim()
  const created = await attempt(
    back,
    async () => (await siteClient()).sdk.create({ collection: 'parrainages', data: { employer: /^\d+$/.test(employer) ? Number(employer) : undefined, message } as never, depth: 0 }),
    'Votre demande n’a pas pu être envoyée.',
  )
  redirectWith(`/espace-jeune/parrainages/${created.id}`, 'ok', 'Votre demande de parrainage est envoyée à votre référent pour validation.')
}
