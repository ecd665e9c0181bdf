import type { Access, Where } from 'payload'

import { anyOf, asPrincipal, hasRole, isAccountUser, isSuperAdmin, opensSection, type AccessFn } from '../../../src/kernel/access'
import { relationId } from '../../../src/kernel/lib/relationId'
import { BILAN_SLUGS } from '../slugs'

/** Lead counsellors, academic admins and admins edit phase titles, content and forms (seed 002). */
export const editPhases: Access = anyOf(isSuperAdmin, hasRole('lead-counsellor', 'academic-admin', 'admin'))

/** A candidate reads the published version of the phases chosen for them, nothing else. */
export const phasesChosenForAccount: AccessFn = async ({ req }) => {
  const user = asPrincipal(req.user)
  if (!isAccountUser(user)) return false
  const { docs } = await req.payload.find({
    collection: BILAN_SLUGS.steps,
    where: { candidate: { equals: user.id } },
    depth: 0,
    limit: 100,
    pagination: false,
    overrideAccess: true,
    select: { phase: true },
    req,
  })
  const ids = docs.map((doc) => relationId(doc.phase)).filter((id): id is number => id !== null)
  if (ids.length === 0) return false
  return { and: [{ id: { in: ids } }, { _status: { equals: 'published' } }] } as Where
}

export const readPhases: Access = anyOf(opensSection('bilan'), phasesChosenForAccount)
