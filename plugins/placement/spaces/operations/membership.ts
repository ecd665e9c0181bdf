import type { PayloadRequest } from 'payload'

import { anyOf, asPrincipal, isStaffUser, requireAccess } from '../../../../src/kernel/access'
import { lockRow } from '../../../../src/kernel/db/lockRow'
import { withTransaction } from '../../../../src/kernel/db/withTransaction'
import { conflict, forbidden, invalidField, notFound } from '../../../../src/kernel/lib/errors'
import { loadDoc, type AnyDoc } from '../../../../src/kernel/lib/loadDoc'
import { relationIds } from '../../../../src/kernel/lib/relationId'
import { PLACEMENT_SLUGS } from '../../slugs'
import { isSpaceMember, managesSpace } from '../access'

const SPACES = PLACEMENT_SLUGS.sharedSpaces

/**
 * The space as the caller may read it, locked until commit: two changes of its members (an
 * invitation and a departure) then run one after the other and neither is lost.
 */
const lockedSpace = async ({ req, id }: { req: PayloadRequest; id: string | number }): Promise<AnyDoc> => {
  if (!isStaffUser(asPrincipal(req.user))) throw forbidden('Les espaces collaboratifs sont réservés aux professionnels.')
  const readable = await loadDoc({ req, collection: SPACES, id, asCaller: true })
  if (!readable) throw notFound('Espace collaboratif introuvable.')
  await lockRow({ req, collection: SPACES, id: readable.id })
  return (await loadDoc({ req, collection: SPACES, id: readable.id })) as AnyDoc
}

const saveMembers = ({ req, space, members }: { req: PayloadRequest; space: AnyDoc; members: number[] }) =>
  req.payload.update({ collection: SPACES, id: space.id, data: { members }, overrideAccess: true, depth: 0, req })

/**
 * « Inviter » : a member (or a manager of the space) adds professionals of their own structures.
 * The `checkNewMembers` hook refuses anyone the caller may not read.
 */
export const inviteMembers = async ({ req, id, users }: { req: PayloadRequest; id: string | number; users: unknown }) =>
  withTransaction(req, async () => {
    if (!Array.isArray(users) || users.length === 0 || users.length > 100 || !users.every((user) => Number.isInteger(user) && (user as number) > 0)) {
      throw invalidField({ req, path: 'users', message: 'Indiquez la liste des professionnels à inviter (identifiants, 100 au plus).' })
    }
    const space = await lockedSpace({ req, id })
    await requireAccess({ access: anyOf(isSpaceMember, managesSpace), req, on: { collection: SPACES, doc: space }, message: 'Seuls les membres de l’espace y invitent.' })
    const current = relationIds(space.members)
    const added = (users as number[]).filter((user) => !current.includes(user))
    if (added.length > 0) await saveMembers({ req, space, members: [...current, ...added] })
    return { added }
  })

/** « Quitter l'espace » : the caller leaves; from this commit on they read nothing of it. */
export const leaveSpace = async ({ req, id }: { req: PayloadRequest; id: string | number }) =>
  withTransaction(req, async () => {
    const space = await lockedSpace({ req, id })
    const current = relationIds(space.members)
    const me = Number(req.user?.id)
    if (!current.includes(me)) throw conflict('Vous n’êtes pas membre de cet espace collaboratif.')
    await saveMembers({ req, space, members: current.filter((member) => member !== me) })
  })
