'use server'

import { refusesField } from '../../lib/errors'
import { attempt, redirectWith } from '../../lib/redirects'
import { siteClient } from '../../lib/session'

const REFUSED_FILE = 'Ce fichier n’est pas accepté : choisissez un PDF valide, un document Word ou OpenDocument, ou une image (JPEG, PNG, WebP).'

const text = (formData: FormData, name: string) => String(formData.get(name) ?? '').trim()
const idOf = (formData: FormData, name: string) => (/^\d+$/.test(text(formData, name)) ? Number(text(formData, name)) : undefined)

/**
 * « Postuler »: the candidature (message, CV and letter among their documents) is created, then
 * sent (`SUBMIT`), with « Solliciter l'aide de mon référent » when ticked; the machine decides
 * whether it waits for the referent's validation.
 */
export const apply = async (formData: FormData) => {
  const offer = idOf(formData, 'offer')
  const back = `/espace-jeune/offres/${offer ?? ''}`
  const client = await siteClient()
  const candidature = await attempt(
    back,
    () => client.sdk.create({ collection: 'candidatures', data: { offer, message: text(formData, 'message'), cv: idOf(formData, 'cv'), coverLetter: idOf(formData, 'coverLetter') } as never, depth: 0 }),
    'Votre candidature n’a pas pu être enregistrée.',
  )
  const detail = `/espace-jeune/candidatures/${candidature.id}`
  await attempt(detail, () => client.transitions.send('candidatures', candidature.id, { event: 'SUBMIT', helpRequested: formData.get('helpRequested') === 'on' }), 'Votre candidature est enregistrée en brouillon mais n’a pas pu être envoyée.')
  redirectWith(detail, 'ok', 'Votre candidature est envoyée.')
}

/** « Ajouter un document » from the offer page: a CV, a letter or another file, theirs only. */
export const uploadDocument = async (formData: FormData) => {
  const back = text(formData, 'back') || '/espace-jeune/candidatures'
  const file = formData.get('file')
  if (!(file instanceof File) || file.size === 0) redirectWith(back, 'erreur', 'Choisissez le fichier à ajouter.')
  const client = await siteClient()
  const upload = () =>
    client.sdk.create({ collection: 'documents', data: { title: text(formData, 'title') || (file as File).name, type: text(formData, 'type') } as never, file: file as File, depth: 0 }).catch((error: unknown) => {
      // Payload's own file checks (type, PDF integrity) answer in English: the site says it in French.
      if (refusesField(error, 'file')) redirectWith(back, 'erreur', REFUSED_FILE)
      throw error
    })
  await attempt(back, upload, 'Le document n’a pas pu être ajouté.')
  redirectWith(back, 'ok', 'Le document est ajouté : vous pouvez le choisir.')
}

/** « Retirer ma candidature » (allowed until the recruiter takes it in hand). */
export const withdraw = async (formData: FormData) => {
  const id = idOf(formData, 'candidature')
  const back = `/espace-jeune/candidatures/${id ?? ''}`
  await attempt(back, async () => (await siteClient()).transitions.send('candidatures', id!, { event: 'WITHDRAW' }), 'La candidature n’a pas pu être retirée.')
  redirectWith(back, 'ok', 'Votre candidature est retirée.')
}

/** A follow-up message to the referents of a candidature or a parrainage (never shown to the employer). */
export const sendFollowUp = async (formData: FormData) => {
  const candidature = idOf(formData, 'candidature')
  const parrainage = idOf(formData, 'parrainage')
  const back = candidature ? `/espace-jeune/candidatures/${candidature}#suivi` : `/espace-jeune/parrainages/${parrainage ?? ''}#suivi`
  await attempt(back, async () => (await siteClient()).sdk.create({ collection: 'follow-up-messages', data: { candidature, parrainage, body: text(formData, 'body') } as never, depth: 0 }), 'Votre message n’a pas pu être envoyé.')
  redirectWith(back, 'ok', 'Votre message est envoyé à votre référent.')
}
