import type { PayloadRequest } from 'payload'

import { asPrincipal, isAccountUser } from '../../../src/kernel/access'
import { conflict, forbidden, notFound } from '../../../src/kernel/lib/errors'
import { frenchDateTime } from '../../../src/kernel/lib/frenchDates'
import { loadDoc, type AnyDoc } from '../../../src/kernel/lib/loadDoc'
import { relationId } from '../../../src/kernel/lib/relationId'
import { findAccountReferents } from '../../../src/kernel/notifications/notify'
import { notifyStaffLater } from '../../../src/kernel/notifications/notifyLater'
import { SECTION_ROLES } from '../../../src/kernel/access/roles'
import { adminDocumentLink } from '../../../src/kernel/email/links'
import { CEJ_SLUGS } from '../slugs'
import { holdsAPlace } from './describeSession'
import { displayName, type NamedPerson } from '../../../src/kernel/lib/displayName'

const youngPerson = async (req: PayloadRequest) => {
  const user = asPrincipal(req.user)
  if (!isAccountUser(user)) throw forbidden('Réservé aux bénéficiaires connectés à leur espace.')
  const account = await loadDoc({ req, collection: 'accounts', id: user!.id })
  if (!account) throw forbidden('Compte introuvable.')
  return account
}


/**
 * The young person's « Événements »: the sessions their Mission Locale made visible and those
 * they are registered to, upcoming first. Never the deadline, the places left nor who else comes.
 */
export const youngPersonEvents = async (req: PayloadRequest) => {
  const account = await youngPerson(req)
  const { docs } = await req.payload.find({
    collection: CEJ_SLUGS.sessions,
    where: {
      and: [
        { status: { equals: 'upcoming' } },
        { or: [{ and: [{ visible: { equals: true } }, { structure: { equals: relationId(account.structure) } }] }, { 'registrations.account': { equals: account.id } }] },
      ],
    },
    sort: 'startsAt',
    depth: 0,
    limit: 100,
    overrideAccess: true,
    req,
  })
  return docs.map((session) => ({
    id: session.id,
    title: session.title,
    name: session.name ?? null,
    kind: session.kind,
    theme: session.theme ?? null,
    description: session.description ?? null,
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    location: session.location ?? null,
    registered: holdsAPlace(session, account.id),
  }))
}

/**
 * « Il a la possibilité de faire une demande d'inscription en vous le partageant »: the young
 * person's referents (or, without any, the CEJ staff of their Mission Locale) are told.
 */
export const requestRegistration = async ({ req, id }: { req: PayloadRequest; id: string }) => {
  const account = await youngPerson(req)
  const session = /^\d+$/.test(id) ? await loadDoc({ req, collection: CEJ_SLUGS.sessions, id }) : null
  const reachable = session && session.visible && relationId(session.structure) === relationId(account.structure)
  if (!reachable) throw notFound('Session introuvable.')
  if (session.status !== 'upcoming') throw conflict("Cette session n'est plus à venir.")
  if (holdsAPlace(session, account.id)) throw conflict('Vous êtes déjà inscrit(e) à cette session.')
  const recipients = await findAccountReferents({ req, account, structures: [relationId(session.structure) as number], fallbackRoles: SECTION_ROLES.cej })
  const name = displayName(account as NamedPerson, { useEmail: false, fallback: 'Un jeune' })
  await notifyStaffLater({
    req,
    recipients,
    kind: 'session-registration-request',
    title: "Demande d'inscription à une session",
    lines: [`${name} demande à être inscrit(e) à « ${session.title} » du ${frenchDateTime(session.startsAt)}.`],
    link: { label: 'Ouvrir la session et gérer les inscriptions', url: adminDocumentLink(CEJ_SLUGS.sessions, String(session.id)) },
    dedupeKey: `session:${session.id}:request:${account.id}`,
  })
  return { message: 'Votre demande d’inscription a été transmise à votre conseiller.' }
}
