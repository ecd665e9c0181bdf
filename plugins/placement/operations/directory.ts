import type { PayloadRequest, Where } from 'payload'

import { asPrincipal, isStaffUser, userHasRole, userOpensSection } from '../../../src/kernel/access'
import { forbidden } from '../../../src/kernel/lib/errors'
import { findDocs } from '../../../src/kernel/lib/loadDoc'
import { relationId } from '../../../src/kernel/lib/relationId'
import { displayName } from '../../../src/kernel/lib/displayName'

/** The directory is for the convention's professionals: establishment staff and employers. */
const assertMayConsult = (req: PayloadRequest) => {
  const user = asPrincipal(req.user)
  if (!isStaffUser(user) || !(userOpensSection(user, 'placement') || userHasRole(user, ['employer']))) {
    throw forbidden("L'annuaire est réservé aux référents, chargés de mission et employeurs de la convention.")
  }
}

const text = (value: unknown) => (typeof value === 'string' ? value.trim().slice(0, 100) : '')

/** The establishments of the convention, by name: the filter of "Annuaire > Référents établissements". */
export const listDirectoryEstablishments = async ({ req }: { req: PayloadRequest }) => {
  assertMayConsult(req)
  const { docs } = await req.payload.find({
    collection: 'structures',
    where: { type: { equals: 'establishment' } },
    sort: 'name',
    depth: 0,
    limit: 500,
    overrideAccess: true,
    req,
  })
  return { docs: docs.map((doc) => ({ id: doc.id, name: doc.name, city: doc.city ?? null })) }
}

/**
 * "Annuaire > Référents établissements": name, job title, e-mail and phone as each filled them
 * in, searchable by establishment (id or name) and by name.
 */
export const listEstablishmentReferents = async ({ req, establishment, q }: { req: PayloadRequest; establishment?: unknown; q?: unknown }) => {
  assertMayConsult(req)
  const establishments = await req.payload.find({
    collection: 'structures',
    where: {
      and: [
        { type: { equals: 'establishment' } },
        ...(relationId(establishment) ? [{ id: { equals: relationId(establishment) } }] : text(establishment) ? [{ name: { like: text(establishment) } }] : []),
      ],
    },
    depth: 0,
    limit: 500,
    overrideAccess: true,
    req,
  })
  const names = new Map(establishments.docs.map((doc) => [doc.id, doc.name]))
  if (names.size === 0) return { docs: [] }
  const search = text(q)
  const { docs } = await req.payload.find({
    collection: 'users',
    where: {
      and: [
        { roles: { in: ['establishment-referent'] } },
        { structures: { in: [...names.keys()] } },
        { status: { equals: 'active' } },
        ...(search ? [{ or: [{ lastName: { like: search } }, { firstName: { like: search } }] } as Where] : []),
      ],
    },
    sort: 'lastName',
    depth: 0,
    limit: 500,
    overrideAccess: true,
    req,
  })
  return {
    docs: docs.map((user) => ({
      id: user.id,
      name: displayName(user, { useEmail: false, fallback: '' }),
      jobTitle: user.jobTitle ?? null,
      email: user.email,
      phone: user.phone ?? null,
      establishments: ((user.structures ?? []) as unknown[])
        .map(relationId)
        .filter((id): id is number => id !== null && names.has(id))
        .map((id) => ({ id, name: names.get(id) })),
    })),
  }
}

/** "Annuaire > Employeurs": companies searched by name, each with its published offers and referents. */
export const listEmployers = async ({ req, q }: { req: PayloadRequest; q?: unknown }) => {
  assertMayConsult(req)
  const search = text(q)
  const { docs: employers } = await req.payload.find({
    collection: 'structures',
    where: { and: [{ type: { equals: 'employer' } }, ...(search ? [{ name: { like: search } }] : [])] },
    sort: 'name',
    depth: 0,
    limit: 200,
    overrideAccess: true,
    req,
  })
  const ids = employers.map((doc) => doc.id)
  if (ids.length === 0) return { docs: [] }
  const [{ docs: offers }, { docs: contacts }] = await Promise.all([
    findDocs({ req, collection: 'offers', where: { and: [{ structure: { in: ids } }, { publication: { equals: 'published' } }] }, sort: '-createdAt', limit: 2000 }).then((docs) => ({ docs })),
    req.payload.find({
      collection: 'users',
      where: { and: [{ structures: { in: ids } }, { roles: { in: ['employer'] } }, { status: { equals: 'active' } }] },
      depth: 0,
      limit: 1000,
      overrideAccess: true,
      req,
    }),
  ])
  return {
    docs: employers.map((employer) => ({
      id: employer.id,
      name: employer.name,
      city: employer.city ?? null,
      offers: offers
        .filter((offer) => relationId(offer.structure) === employer.id)
        .map((offer) => ({ id: offer.id, title: offer.title, reference: offer.reference ?? null, postalCode: offer.postalCode ?? null, contractType: offer.contractType ?? null })),
      referents: contacts
        .filter((user) => ((user.structures ?? []) as unknown[]).map(relationId).includes(employer.id))
        .map((user) => ({ id: user.id, name: displayName(user, { useEmail: false, fallback: '' }), jobTitle: user.jobTitle ?? null, email: user.email, phone: user.phone ?? null })),
    })),
  }
}
