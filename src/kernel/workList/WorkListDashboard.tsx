import { createLocalReq, type ServerProps } from 'payload'

import { asPrincipal, isStaffUser } from '../access/user'
import { countWorkItems } from './countWorkItems'

/**
 * « Ce qui vous attend »: the first block of every staff dashboard, one link per work item of the
 * user's roles with its count, to the list filtered on exactly what was counted.
 */
export const WorkListDashboard = async ({ user, payload }: ServerProps) => {
  if (!payload || !isStaffUser(asPrincipal(user))) return null
  const req = await createLocalReq({ user }, payload)
  const items = await countWorkItems({ req })
  if (items.length === 0) return null
  return (
    <section id="work-list" className="tremplin-work-list" aria-labelledby="work-list-title">
      <h2 id="work-list-title">Ce qui vous attend</h2>
      <ul>
        {items.map((item) => (
          <li key={item.key}>
            <a id={`work-${item.key}`} href={item.href} data-count={item.count} className={item.count > 0 ? 'tremplin-work-list__waiting' : undefined}>
              <span className="tremplin-work-list__count">{item.count}</span>
              <span>{item.label}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  )
}
