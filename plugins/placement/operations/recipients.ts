import type { PayloadRequest } from 'payload'

import { findStaff } from '../../../src/kernel/notifications/notify'
import { relationId } from '../../../src/kernel/lib/relationId'

/** Referents and mission officers of the candidate's establishment. */
export const establishmentFollowers = ({ req, structure }: { req: PayloadRequest; structure: unknown }) => {
  const id = relationId(structure)
  return id ? findStaff({ req, structures: [id], roles: ['establishment-referent', 'mission-officer'] }) : Promise.resolve([])
}

/** The users of the company a candidature or parrainage is addressed to. */
export const employerUsers = ({ req, employer }: { req: PayloadRequest; employer: unknown }) => {
  const id = relationId(employer)
  return id ? findStaff({ req, structures: [id], roles: ['employer'] }) : Promise.resolve([])
}
