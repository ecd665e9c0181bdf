import { createLocalReq } from 'payload'

import type { SeedStep } from '../../../../src/kernel/seed/steps'
import { PLACEMENT_SLUGS } from '../../slugs'

const DEMO_SPACE = {
  name: 'Référents handicap — lycées de Bobigny et Créteil',
  kind: 'topic',
  description: 'Échanges entre référents et chargés de mission : stages, alternance, aménagements de poste.',
  structure: 'lycee-bobigny',
  members: ['establishment-referent@tremplin.test', 'mission-officer@tremplin.test', 'establishment-referent-creteil@tremplin.test'],
  message: { author: 'mission-officer@tremplin.test', body: 'Bienvenue dans cet espace : partagez ici vos offres de stage et vos questions.' },
  event: { author: 'establishment-referent@tremplin.test', title: 'Réunion des référents handicap', place: 'Lycée Alfred-Costes, salle 12', inDays: 14 },
} as const

/** Idempotent demo of the « espaces collaboratifs »: one space of three professionals, a message and an agenda event. */
export const seedSpaces: SeedStep = async ({ payload, req, ids }) => {
  const existing = await payload.find({ collection: PLACEMENT_SLUGS.sharedSpaces, where: { name: { equals: DEMO_SPACE.name } }, limit: 1, depth: 0, overrideAccess: true, req })
  if (existing.docs[0]) return
  const users = await payload.find({ collection: 'users', where: { email: { in: [...DEMO_SPACE.members] } }, limit: 10, depth: 0, overrideAccess: true, req })
  const space = await payload.create({
    collection: PLACEMENT_SLUGS.sharedSpaces,
    data: { name: DEMO_SPACE.name, kind: DEMO_SPACE.kind, description: DEMO_SPACE.description, structure: ids.get(DEMO_SPACE.structure)!, members: users.docs.map((user) => user.id) },
    overrideAccess: true,
    req,
  })
  // The authors are set by the server from the logged-in member: seed as each of them.
  const as = (email: string) => createLocalReq({ user: { ...users.docs.find((user) => user.email === email)!, collection: 'users' }, context: { seeding: true } }, payload)
  await payload.create({ collection: PLACEMENT_SLUGS.spaceMessages, data: { space: space.id, body: DEMO_SPACE.message.body }, overrideAccess: true, req: await as(DEMO_SPACE.message.author) })
  const startsAt = new Date(Date.now() + DEMO_SPACE.event.inDays * 86_400_000)
  startsAt.setUTCHours(8, 0, 0, 0)
  await payload.create({
    collection: PLACEMENT_SLUGS.spaceEvents,
    data: { space: space.id, title: DEMO_SPACE.event.title, place: DEMO_SPACE.event.place, startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 2 * 3_600_000).toISOString() },
    overrideAccess: true,
    req: await as(DEMO_SPACE.event.author),
  })
}
