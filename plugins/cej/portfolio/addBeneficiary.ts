import { ValidationError, type PayloadRequest } from 'payload'

import { structuresActedOn } from '../../../src/kernel/access'
import { conflict, invalidField } from '../../../src/kernel/lib/errors'
import { lifecycleCreateData } from '../../lifecycle'
import { CEJ_SLUGS } from '../slugs'
import { requireCejStaff } from './access'
import { INITIAL_CEJ_PROFILE, type CejProfileData } from './createCejProfile'
import { SITUATIONS } from './options'

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const DOSSIER = /^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/

export const duplicateDossierMessage = (dossierNumber: string) =>
  `Un bénéficiaire avec le numéro de dossier ${dossierNumber} existe déjà : il ne peut pas être ajouté deux fois.`

/** The CEJ file's fields are named on `cej-profiles` (their labels are there), the others on `accounts`. */
const collectionOf = (path: string) => (path === 'dossierNumber' || path === 'situation' ? CEJ_SLUGS.cejProfiles : 'accounts')

const text = (req: PayloadRequest, body: Record<string, unknown>, path: string, label: string, required = true) => {
  const value = typeof body[path] === 'string' ? (body[path] as string).trim() : body[path]
  if (value === undefined || value === null || value === '') {
    if (required) throw invalidField({ req, collection: collectionOf(path), path, message: `${label} est obligatoire.` })
    return undefined
  }
  if (typeof value !== 'string' || value.length > 100) throw invalidField({ req, collection: collectionOf(path), path, message: `${label} doit être un texte de 100 caractères au plus.` })
  return value
}

/** The Mission Locale the counsellor works at: their first structure of that type (or an antenne). */
const counsellorMissionLocale = async (req: PayloadRequest, user: { structures?: unknown[] | null }) => {
  const ids = (user.structures ?? []).map((s) => Number(typeof s === 'object' && s ? (s as { id: unknown }).id : s))
  const { docs } = await req.payload.find({ collection: 'structures', where: { id: { in: ids }, type: { in: ['mission-locale', 'antenne'] } }, depth: 0, limit: 1, overrideAccess: true, req })
  return docs[0]?.id
}

/**
 * « Ajouter un bénéficiaire » (seed 001): the counsellor creates the young person's account from
 * their i-milo dossier number; it is enabled at once (an account created by staff is) and
 * followed by the counsellor, and the young person receives the activation e-mail whose link
 * sets their password and is valid 12 hours (the account's `ENABLE` effect); « Mot de passe
 * oublié » sends a new one. A dossier number already known: 409. The dossier number and the
 * situation go to the young person's CEJ file, created with the account (`profile` in the answer).
 */
export const addBeneficiary = async ({ req, body }: { req: PayloadRequest; body: Record<string, unknown> }) => {
  const user = requireCejStaff(req)
  const dossierNumber = text(req, body, 'dossierNumber', 'Le numéro de dossier')!
  if (!DOSSIER.test(dossierNumber)) {
    throw invalidField({ req, collection: CEJ_SLUGS.cejProfiles, path: 'dossierNumber', message: 'Numéro de dossier invalide : lettres, chiffres, « - » ou « _ », 40 caractères au plus.' })
  }
  const firstName = text(req, body, 'firstName', 'Le prénom')!
  const lastName = text(req, body, 'lastName', 'Le nom')!
  const email = text(req, body, 'email', "L'adresse e-mail")!.toLowerCase()
  if (!EMAIL.test(email)) throw invalidField({ req, collection: 'accounts', path: 'email', message: 'Adresse e-mail invalide.' })
  const situationText = text(req, body, 'situation', 'La situation', false)
  const situation = SITUATIONS.find((s) => s.value === situationText)?.value
  if (situationText && !situation) {
    throw invalidField({ req, collection: CEJ_SLUGS.cejProfiles, path: 'situation', message: `Situation attendue : ${SITUATIONS.map((s) => s.value).join(', ')}.` })
  }
  const birthDate = text(req, body, 'birthDate', 'La date de naissance', false)
  const structure = await counsellorMissionLocale(req, user)
  const scope = await structuresActedOn(req)
  if (!structure || (scope !== 'everywhere' && !scope.includes(Number(structure)))) {
    throw invalidField({ req, collection: 'accounts', path: 'structure', message: "Vous n'êtes rattaché(e) à aucune Mission Locale : impossible d'ajouter un bénéficiaire." })
  }
  const known = await req.payload.count({ collection: CEJ_SLUGS.cejProfiles, where: { dossierNumber: { equals: dossierNumber } }, overrideAccess: true, req })
  if (known.totalDocs) throw conflict(duplicateDossierMessage(dossierNumber))
  const sameEmail = await req.payload.count({ collection: 'accounts', where: { email: { equals: email } }, overrideAccess: true, req })
  if (sameEmail.totalDocs) throw conflict(`Un compte existe déjà avec l'adresse ${email}.`)
  // The account is created with its CEJ file (`cej-profiles`), in the same transaction (./createCejProfile.ts).
  const profile: CejProfileData = { dossierNumber, situation: situation ?? null }
  req.context[INITIAL_CEJ_PROFILE] = profile
  try {
    const doc = await req.payload.create({
      collection: 'accounts',
      data: lifecycleCreateData<'accounts'>({ firstName, lastName, email, birthDate, structure, referents: [Number(user.id)] }),
      depth: 0,
      overrideAccess: false,
      user: req.user,
      req,
    })
    return { doc, profile: { ...profile, account: doc.id }, message: `Le compte de ${firstName} ${lastName} est créé : un lien d'activation, valable 12 heures, lui est envoyé par e-mail.` }
  } catch (error) {
    delete req.context[INITIAL_CEJ_PROFILE]
    // Two counsellors adding the same dossier at once: the unique index decides.
    const fields = error instanceof ValidationError ? (error.data?.errors ?? []).map((e) => e.path) : []
    if (fields.includes('dossierNumber')) throw conflict(duplicateDossierMessage(dossierNumber))
    if (fields.includes('email')) throw conflict(`Un compte existe déjà avec l'adresse ${email}.`)
    throw error
  }
}
