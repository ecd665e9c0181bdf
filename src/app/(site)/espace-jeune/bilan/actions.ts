'use server'
import { attempt, redirectWith } from '../../lib/redirects'
import { siteClient } from '../../lib/session'

/**
 * « Enregistrer le brouillon » / « Soumettre la phase »: the answers are saved on the phase (the
 * server checks each against its question), starting the phase first if needed; submitting then
 * sends `SUBMIT`, which the server refuses while a required answer is missing.
 */
export const saveBilanStep = async (formData: FormData) => {
  const id = Number(formData.get('step'))
  const back = `/espace-jeune/bilan/${id}`
  const client = await siteClient()
  const answers: Record<string, string | number | null> = {}
  for (const [name, value] of formData.entries()) {
    if (!name.startsWith('answer:') || typeof value !== 'string') continue
    const key = name.slice('answer:'.length)
    const kind = String(formData.get(`type:${key}`) ?? '')
    answers[key] = value.trim() === '' ? null : kind === 'scale' ? Number(value) : value
  }
  if (formData.get('status') === 'not-started') await attempt(back, () => client.transitions.send('bilan-steps', id, { event: 'START' }), 'La phase n’a pas pu être commencée.')
  await attempt(back, () => client.sdk.update({ collection: 'bilan-steps', id, data: { answers }, depth: 0 }), 'Vos réponses n’ont pas pu être enregistrées.')
  if (formData.get('intent') !== 'submit') redirectWith(back, 'ok', 'Vos réponses sont enregistrées en brouillon.')
  await attempt(back, () => client.transitions.send('bilan-steps', id, { event: 'SUBMIT' }), 'La phase n’a pas pu être soumise.')
  redirectWith(back, 'ok', 'La phase est soumise à votre conseiller.')
}
