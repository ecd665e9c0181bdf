'use server'
import { parisInstant } from '../../../kernel/lib/parisTime'
import { attempt, redirectWith } from '../lib/redirects'
import { siteClient } from '../lib/session'

const text = (formData: FormData, name: string) => String(formData.get(name) ?? '').trim()

/** The last minute of a calendar day in Paris: an action of that day is late only once the day is over. */
const endOfParisDay = (day: string) => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day)
  if (!match) return day // The API refuses it and names the field.
  const [year, month, date] = match.slice(1).map(Number)
  return new Date(parisInstant({ year, month, day: date, hour: 23 }).getTime() + 59 * 60_000).toISOString()
}

/** « Créer une action »: the young person's own action, due on the day they choose. */
export const createAction = async (formData: FormData) => {
  const back = '/espace-jeune/actions'
  const dueDate = endOfParisDay(text(formData, 'dueDate'))
  await attempt(back, async () => (await siteClient()).sdk.create({ collection: 'actions', data: { title: text(formData, 'title'), category: text(formData, 'category'), description: text(formData, 'description') || undefined, dueDate } as never, depth: 0 }), 'L’action n’a pas pu être créée.')
  redirectWith(back, 'ok', 'Votre action est créée.')
}

/** Moves one of their actions to « À faire », « En cours » or « Terminée ». */
export const updateActionStatus = async (formData: FormData) => {
  const back = text(formData, 'back') || '/espace-jeune/actions'
  await attempt(back, async () => (await siteClient()).sdk.update({ collection: 'actions', id: Number(formData.get('action')), data: { status: text(formData, 'status') } as never, depth: 0 }), 'Le statut n’a pas pu être changé.')
  redirectWith(back, 'ok', 'Le statut de l’action est mis à jour.')
}

/** « Demander à participer » to a session: their counsellor is told. */
export const askForSession = async (formData: FormData) => {
  const back = '/espace-jeune/agenda#sessions'
  const answer = await attempt(back, async () => (await siteClient()).cej.requestRegistration(Number(formData.get('session'))), 'Votre demande n’a pas pu être envoyée.')
  redirectWith(back, 'ok', answer.message)
}

/** A message to their counsellor, in the conversation open on the page (or the first one). */
export const sendMessageToCounsellor = async (formData: FormData) => {
  const conversation = Number(formData.get('conversation')) || undefined
  const back = `/espace-jeune/messages${conversation ? `?conversation=${conversation}` : ''}`
  await attempt(back, async () => (await siteClient()).cej.send({ conversation, text: text(formData, 'text') }), 'Votre message n’a pas pu être envoyé.')
  redirectWith(back, 'ok', 'Message envoyé.')
}
