import type { PayloadRequest } from 'payload'

import { requireAccess } from '../../../src/kernel/access'
import { withTransaction } from '../../../src/kernel/db/withTransaction'
import { conflict, invalidField, notFound } from '../../../src/kernel/lib/errors'
import { administerUsers } from '../collections/users/administerUsers'
import { displayName } from '../../../src/kernel/lib/displayName'

type StaffUser = { id: number; status?: string | null; firstName?: string | null; lastName?: string | null; email?: string | null }

const nameOf = (user: StaffUser) => displayName(user)

const readableUser = (req: PayloadRequest, id: unknown) =>
  req.payload.findByID({ collection: 'users', id: id as number, depth: 0, overrideAccess: false, user: req.user, disableErrors: true, req }) as Promise<StaffUser | null>

/**
 * Seed 003, « Transferts d'éléments »: every young person's file followed by user A is handed to
 * user B (A leaves the referents, B joins them once). Needed before A can be unsubscribed. All
 * files move in one transaction, or none.
 */
export const transferFollowedAccounts = async ({ req, from, to }: { req: PayloadRequest; from: string; to: unknown }) => {
  const source = await readableUser(req, from)
  if (!source) throw notFound('Utilisateur introuvable.')
  await requireAccess({
    access: administerUsers,
    req,
    on: { collection: 'users', doc: source },
    message: "Vous ne pouvez pas transférer les dossiers de cet utilisateur : il n'est pas rattaché à l'une de vos structures, ou c'est vous.",
  })
  if (typeof to !== 'number' && !(typeof to === 'string' && /^\d+$/.test(to))) {
    throw invalidField({ req, collection: 'users', path: 'to', message: 'Choisissez l’utilisateur qui reprend les dossiers (son identifiant).' })
  }
  if (Number(to) === source.id) throw invalidField({ req, collection: 'users', path: 'to', message: 'Choisissez un autre utilisateur que celui qui cède ses dossiers.' })
  const target = await readableUser(req, Number(to))
  if (!target) throw invalidField({ req, collection: 'users', path: 'to', message: "Cet utilisateur n'existe pas ou n'est pas dans vos structures." })
  if (target.status !== 'active') throw conflict(`${nameOf(target)} n'est pas actif : réactivez-le ou choisissez un autre utilisateur.`)

  return withTransaction(req, async () => {
    const { docs } = await req.payload.find({
      collection: 'accounts',
      where: { referents: { in: [source.id] } },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      select: { referents: true },
      req,
    })
    for (const account of docs) {
      const referents = ((account.referents ?? []) as (number | { id: number })[]).map((r) => (typeof r === 'object' ? r.id : r))
      const next = [...new Set(referents.map((id) => (id === source.id ? target.id : id)))]
      await req.payload.update({ collection: 'accounts', id: account.id, data: { referents: next }, depth: 0, overrideAccess: true, req, context: { skipScopeGuard: true } })
    }
    return { transferred: docs.length, message: `${docs.length} dossier(s) de ${nameOf(source)} transféré(s) à ${nameOf(target)}.` }
  })
}
