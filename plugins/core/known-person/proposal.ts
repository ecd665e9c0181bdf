import { APIError, type CollectionAfterErrorHook, type CollectionBeforeValidateHook, type PayloadRequest } from 'payload'

import { asPrincipal, isStaffUser } from '../../../src/kernel/access'
import { displayName } from '../../../src/kernel/lib/displayName'
import { errorCodeOf } from '../../../src/kernel/lib/errors'
import { relationId } from '../../../src/kernel/lib/relationId'
import { SLUGS } from '../../../collections/slugs'
import { FOLLOW_UP_KIND, PROGRAMME_KINDS } from '../collections/programmes'
import { findKnownPerson, type Identity } from './findKnownPerson'

const KNOWN_PERSON = 'KnownPerson'

/** How to follow the person instead of creating them again. */
export const OPEN_PROGRAMME_PATH = '/api/accounts/open-programme'

/**
 * What a staff member learns of a person already known: with the young person's consent to
 * sharing, who they are and which structures follow them; without it, only that the person
 * exists and how to open a programme on them. No id, no name, no structure.
 */
export type KnownPersonProposal = {
  /** How to open a programme on the person, and the kinds one may open (the admin's choice list). */
  openProgramme: { method: 'POST'; path: string; body: string; kinds: { value: string; label: string }[] }
  shared: null | { account: number; name: string; followedBy: string[] }
}

/** Every kind but the follow-up by the structure of first contact, which is no programme one opens. */
const OPENABLE_KINDS = Object.entries(PROGRAMME_KINDS)
  .filter(([value]) => value !== FOLLOW_UP_KIND)
  .map(([value, label]) => ({ value, label }))

const KNOWN_PERSON_MESSAGE = 'Ce jeune est déjà connu de Tremplin : ouvrez-lui un dispositif dans votre structure plutôt que de créer un second compte.'

const proposalFor = async ({ req, account }: { req: PayloadRequest; account: number }): Promise<KnownPersonProposal> => {
  const doc = await req.payload.findByID({ collection: SLUGS.accounts, id: account, depth: 0, overrideAccess: true, req })
  const openProgramme = { method: 'POST' as const, path: OPEN_PROGRAMME_PATH, body: 'les mêmes e-mail ou nom, prénom et date de naissance, et « kind » (le dispositif)', kinds: OPENABLE_KINDS }
  if (!doc.sharesWithFollowers) return { openProgramme, shared: null }
  const programmes = await req.payload.find({ collection: 'programmes', where: { account: { equals: account }, status: { not_equals: 'closed' } }, depth: 1, limit: 50, overrideAccess: true, req })
  // Those running an open programme (the first contact through its follow-up): `accounts.structure` says nothing of who follows (issue 18).
  const followedBy = [...new Set(programmes.docs.map((p) => relationId(p.structure)).filter((id): id is number => id !== null))]
  const structures = await req.payload.find({ collection: SLUGS.structures, where: { id: { in: followedBy } }, depth: 0, limit: 50, overrideAccess: true, req })
  return { openProgramme, shared: { account, name: displayName(doc, { order: 'first-LAST' }), followedBy: structures.docs.map((s) => String(s.name)) } }
}

/**
 * Issue 18: a staff member creating a young person already known (same e-mail, or same names
 * and birth date) is answered 409 with a proposal to open a programme on that person instead.
 * After access is checked (this runs in `beforeValidate`). Anonymous pre-registrations keep
 * their own answer (`holdKnownEmail`: as for a new account); the Local API decides for itself.
 */
export const proposeKnownPerson: CollectionBeforeValidateHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || !data || req.payloadAPI === 'local' || !isStaffUser(asPrincipal(req.user))) return data
  const account = await findKnownPerson({ req, identity: data })
  if (account === null) return data
  const error = new APIError(KNOWN_PERSON_MESSAGE, 409, { proposal: await proposalFor({ req, account }) }, true)
  error.name = KNOWN_PERSON
  throw error
}

/**
 * The same answer without creating anything (`POST /api/accounts/known-person`): Payload's admin
 * form keeps a refused save's answer to itself, so its « Enregistrer » asks this after a failed
 * save to offer the programme. `null` when nobody matches.
 */
export const knownPersonAnswer = async ({ req, identity }: { req: PayloadRequest; identity: Identity }) => {
  const account = await findKnownPerson({ req, identity })
  if (account === null) return null
  return { errors: [{ message: KNOWN_PERSON_MESSAGE, code: errorCodeOf(409) }], proposal: await proposalFor({ req, account }) }
}

/** The REST answer: the message and the proposal, nothing else. */
export const answerKnownPerson: CollectionAfterErrorHook = ({ error }) => {
  if ((error as Error)?.name !== KNOWN_PERSON) return
  const { message, data } = error as APIError<{ proposal: KnownPersonProposal }>
  return { response: { errors: [{ message }], proposal: data?.proposal } as never, status: 409 }
}
