import type { PathEventSource } from '../../src/kernel/path'
import { relationId } from '../../src/kernel/lib/relationId'
import { CEJ_SLUGS } from './slugs'

type Registration = { account?: unknown; status?: unknown }

/**
 * Collective sessions attended (« Présent » once the session was closed with its attendance): the
 * Mission Locale's key events of a young person's path (issue 18), at the time the session began.
 * Registrations without attendance (registered, declined, absent) are no key event.
 */
export const attendedSessionEvents: PathEventSource = async ({ req, account }) => {
  const { docs } = await req.payload.find({
    collection: CEJ_SLUGS.sessions,
    where: { 'registrations.account': { equals: account } },
    depth: 0,
    limit: 500,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs
    .filter((doc) => ((doc.registrations ?? []) as Registration[]).some((r) => relationId(r.account) === account && r.status === 'present'))
    .map((doc) => ({ at: String(doc.startsAt), module: 'cej', label: `Session collective suivie : ${doc.title}`, structure: relationId(doc.structure) }))
}

/** CEJ actions completed (« Terminée », when they were): the young person's own steps in the path. */
export const completedActionEvents: PathEventSource = async ({ req, account }) => {
  const { docs } = await req.payload.find({
    collection: CEJ_SLUGS.actions,
    where: { and: [{ account: { equals: account } }, { status: { equals: 'done' } }, { completedAt: { exists: true } }] },
    depth: 0,
    limit: 500,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs.map((doc) => ({ at: String(doc.completedAt), module: 'cej', label: `Action CEJ terminée : ${doc.title}`, structure: relationId(doc.structure) }))
}
