import type { PayloadRequest } from 'payload'

import { asPrincipal, isAccountUser, isSuperAdminUser } from '../../../src/kernel/access'
import { displayName } from '../../../src/kernel/lib/displayName'
import { forbidden, notFound } from '../../../src/kernel/lib/errors'
import { relationId, relationIds } from '../../../src/kernel/lib/relationId'
import { pathEventSourcesOf, type PathEvent } from '../../../src/kernel/path'
import { SLUGS } from '../../../collections/slugs'
import { PROGRAMME_KINDS, PROGRAMME_STATUSES } from '../collections/programmes'

export type PathProgramme = {
  id: number
  kind: string
  kindLabel: string
  status: string
  statusLabel: string
  startDate: string | null
  endDate: string | null
  structure: { id: number; name: string } | null
  referents: string[]
}

export type YoungPersonPath = { account: { id: number; name: string }; programmes: PathProgramme[]; events: PathEvent[] }

/**
 * Who reads a young person's path (issue 18): the young person, always; a staff member of a
 * structure that follows them (an open programme, the follow-up included), only while the young person
 * consents to sharing, read on every request; super-admins. Anyone else: 404, as for the account.
 */
const authorize = async ({ req, account }: { req: PayloadRequest; account: number }) => {
  const user = asPrincipal(req.user)
  if (isAccountUser(user)) {
    if (Number(user.id) !== account) throw notFound('Ce parcours est introuvable.')
    return
  }
  if (!user) throw forbidden('Connectez-vous pour lire un parcours.')
  const readable = await req.payload.find({ collection: SLUGS.accounts, where: { id: { equals: account } }, depth: 0, limit: 1, pagination: false, overrideAccess: false, user: req.user, select: { sharesWithFollowers: true }, req })
  const doc = readable.docs[0] as { sharesWithFollowers?: boolean } | undefined
  if (!doc) throw notFound('Ce parcours est introuvable ou ne relève pas de vos structures.')
  if (!doc.sharesWithFollowers && !isSuperAdminUser(user)) {
    throw forbidden('Le jeune n’a pas consenti au partage de son parcours : vous ne voyez que votre propre dispositif.')
  }
}

/** Every programme with its structure, referents, dates and status, and the key events of each, in time order. */
export const readPath = async ({ req, account }: { req: PayloadRequest; account: number }): Promise<YoungPersonPath> => {
  await authorize({ req, account })
  const person = await req.payload.findByID({ collection: SLUGS.accounts, id: account, depth: 0, overrideAccess: true, req })
  const { docs } = await req.payload.find({ collection: 'programmes', where: { account: { equals: account } }, sort: 'startDate', depth: 0, limit: 200, pagination: false, overrideAccess: true, req })
  const structureIds = [...new Set(docs.map((doc) => relationId(doc.structure)).filter((id): id is number => id !== null))]
  const userIds = [...new Set(docs.flatMap((doc) => relationIds(doc.referents)))]
  const [structures, referents, moduleEvents] = await Promise.all([
    structureIds.length ? req.payload.find({ collection: SLUGS.structures, where: { id: { in: structureIds } }, depth: 0, limit: 200, pagination: false, overrideAccess: true, req }) : { docs: [] },
    userIds.length ? req.payload.find({ collection: SLUGS.users, where: { id: { in: userIds } }, depth: 0, limit: 200, pagination: false, overrideAccess: true, req }) : { docs: [] },
    Promise.all(pathEventSourcesOf(req.payload).map((source) => source({ req, account }))),
  ])
  const structureName = new Map(structures.docs.map((s) => [Number(s.id), String(s.name)]))
  const userName = new Map(referents.docs.map((u) => [Number(u.id), displayName(u, { order: 'first-LAST' })]))
  const programmes: PathProgramme[] = docs.map((doc) => {
    const structure = relationId(doc.structure)
    return {
      id: Number(doc.id),
      kind: doc.kind,
      kindLabel: PROGRAMME_KINDS[doc.kind as keyof typeof PROGRAMME_KINDS] ?? doc.kind,
      status: doc.status,
      statusLabel: PROGRAMME_STATUSES[doc.status as keyof typeof PROGRAMME_STATUSES] ?? doc.status,
      startDate: doc.startDate ?? null,
      endDate: doc.endDate ?? null,
      structure: structure === null ? null : { id: structure, name: structureName.get(structure) ?? '' },
      referents: relationIds(doc.referents).map((id) => userName.get(id) ?? ''),
    }
  })
  const programmeEvents: PathEvent[] = programmes.flatMap((p) => [
    ...(p.startDate ? [{ at: p.startDate, module: 'core', label: `Début du dispositif : ${p.kindLabel}`, structure: p.structure?.id ?? null }] : []),
    ...(p.endDate ? [{ at: p.endDate, module: 'core', label: `Fin du dispositif : ${p.kindLabel}`, structure: p.structure?.id ?? null }] : []),
  ])
  const events = [...programmeEvents, ...moduleEvents.flat()].sort((a, b) => a.at.localeCompare(b.at))
  return { account: { id: account, name: displayName(person, { order: 'first-LAST' }) }, programmes, events }
}
