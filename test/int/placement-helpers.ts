import { DEMO_PASSWORD, api, login, staff } from '../helpers/api'

/** Demo people of the placement seed step (plugins/placement/seed/data.ts). */
export const PEOPLE = {
  referent: staff('establishment-referent'),
  missionOfficer: staff('mission-officer'),
  employer: staff('employer'),
  referentCreteil: 'establishment-referent-creteil@tremplin.test',
  employerHotellerie: 'employer-hotellerie@tremplin.test',
  emma: 'emma.durand@exemple.fr',
  ines: 'ines.moreau@exemple.fr',
  lucas: 'lucas.petit@exemple.fr',
  hugo: 'hugo.lambert@exemple.fr',
}

export const asStaff = (email: string) => login(email)
/**
 * A fresh token each time: the seed's account e-mails are retried by the jobs queue while the
 * suite runs, and a retried effect that rewrites the account can drop a session opened meanwhile.
 */
export const asCandidate = async (email: string) => {
  const { status, body } = await api('/api/accounts/login', { method: 'POST', body: { email, password: DEMO_PASSWORD } })
  if (status !== 200) throw new Error(`Connexion impossible pour ${email} : ${status}`)
  return body.token as string
}

/** The first document of a collection matching a query string, read as `token`. */
export const findFirst = async (token: string, collection: string, query: string) => {
  const { status, body } = await api(`/api/${collection}?${query}&limit=1&depth=0`, { token })
  if (status !== 200 || !body.docs[0]) throw new Error(`${collection}?${query} : ${status} ${JSON.stringify(body)}`)
  return body.docs[0]
}

/** A candidate's own documents by type (CV and cover letter of the seed). */
export const candidateDocuments = async (token: string) => {
  const { body } = await api('/api/documents?limit=50&depth=0', { token })
  return {
    cv: body.docs.find((doc: { type: string }) => doc.type === 'cv')?.id as number,
    coverLetter: body.docs.find((doc: { type: string }) => doc.type === 'cover-letter')?.id as number,
  }
}

export const offerByReference = async (token: string, reference: string) => findFirst(token, 'offers', `where[reference][equals]=${reference}`)

export const transition = (token: string, collection: string, id: number | string, event: string, data: Record<string, unknown> = {}) =>
  api(`/api/${collection}/${id}/transitions`, { method: 'POST', token, body: { event, ...data } })

/** A new candidature of `candidate` to the offer `reference`, with their CV and letter, still a draft. */
export const draftCandidature = async ({ candidate, reference, message }: { candidate: string; reference: string; message: string }) => {
  const token = await asCandidate(candidate)
  const offer = await offerByReference(token, reference)
  const documents = await candidateDocuments(token)
  const { status, body } = await api('/api/candidatures', { method: 'POST', token, body: { offer: offer.id, message, ...documents } })
  if (status !== 201) throw new Error(`création de candidature : ${status} ${JSON.stringify(body)}`)
  return { token, id: body.doc.id as number, doc: body.doc }
}
