import { createLocalReq, type ServerProps } from 'payload'

import { asPrincipal, userWorksIn } from '../../../../src/kernel/access'
import { MESSAGING_SLUGS } from '../../slugs'

/** « Messagerie » in the navigation, with the number of unread messages of the counsellor's conversations. */
export const MessagingNavLink = async ({ user, payload }: ServerProps) => {
  if (!payload || !user || !userWorksIn(asPrincipal(user), 'cej')) return null
  const req = await createLocalReq({ user }, payload)
  const { docs } = await payload.find({ collection: MESSAGING_SLUGS.conversations, where: { unreadByCounsellor: { greater_than: 0 } }, limit: 500, depth: 0, select: { unreadByCounsellor: true }, overrideAccess: false, user, req })
  const unread = docs.reduce((sum, c) => sum + (c.unreadByCounsellor ?? 0), 0)
  return (
    <a className="nav__link" href="/admin/messagerie" id="nav-cej-messaging">
      <span className="nav__link-label">
        Messagerie{unread ? ` (${unread})` : ''}
      </span>
    </a>
  )
}
