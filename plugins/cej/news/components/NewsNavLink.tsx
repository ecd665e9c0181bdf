import { createLocalReq, type ServerProps } from 'payload'

import { asPrincipal, isStaffUser } from '../../../../src/kernel/access'
import { MESSAGING_SLUGS } from '../../slugs'
import { unreadNewsCount } from '../unread'

/** « Actualités » in the navigation with its unread badge (the news of the user's audience not yet opened). */
export const NewsNavLink = async ({ user, payload }: ServerProps) => {
  if (!payload || !user || !isStaffUser(asPrincipal(user))) return null
  const req = await createLocalReq({ user }, payload)
  const count = await unreadNewsCount(req)
  return (
    <a className="nav__link" href={`/admin/collections/${MESSAGING_SLUGS.news}`} id="nav-cej-news">
      <span className="nav__link-label">
        Actualités
        {count ? (
          <span className="pill" aria-label={`${count} non lue(s)`} style={{ marginLeft: 6 }}>
            {count}
          </span>
        ) : null}
      </span>
    </a>
  )
}
