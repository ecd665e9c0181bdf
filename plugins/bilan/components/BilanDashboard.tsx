import type { ServerProps } from 'payload'

import { asPrincipal, userHasRole, userWorksIn } from '../../../src/kernel/access'
import { ACTIVITY_PATH } from '../paths'
import { BILAN_SLUGS } from '../slugs'
import { displayName, type NamedPerson } from '../../../src/kernel/lib/displayName'

/**
 * The academic admin's dashboard (seed 002): a link to the activity table, the counsellors of
 * their academy with « Ajouter un conseiller », and the candidates attached to them.
 */
export const BilanDashboard = async ({ user, payload }: ServerProps) => {
  const principal = asPrincipal(user)
  if (!userWorksIn(principal, 'bilan') || !payload) return null
  const canAddCounsellor = userHasRole(principal, ['academic-admin', 'admin', 'super-admin'])
  const [counsellors, bilans] = await Promise.all([
    payload.find({ collection: 'users', where: { roles: { in: ['counsellor', 'lead-counsellor'] } }, sort: 'lastName', depth: 0, limit: 10, overrideAccess: false, user }),
    payload.find({ collection: BILAN_SLUGS.bilans, sort: '-createdAt', depth: 1, limit: 10, overrideAccess: false, user }),
  ])
  const name = (u: NamedPerson) => displayName(u)
  return (
    <div style={{ display: 'grid', gap: 24, gridTemplateColumns: 'repeat(auto-fit, minmax(320px, 1fr))', marginBottom: 32 }}>
      <section>
        <h2>Bilan en ligne</h2>
        <p>
          <a className="btn btn--style-primary btn--size-small" href={`/admin${ACTIVITY_PATH}`}>
            Tableau d'activité
          </a>
        </p>
      </section>
      <section>
        <h3>Les conseillers ({counsellors.totalDocs})</h3>
        <ul>
          {counsellors.docs.map((u) => (
            <li key={u.id}>
              <a href={`/admin/collections/users/${u.id}`}>{name(u)}</a>
            </li>
          ))}
        </ul>
        {canAddCounsellor && (
          <a className="btn btn--style-secondary btn--size-small" href="/admin/collections/users/create">
            Ajouter un conseiller
          </a>
        )}
      </section>
      <section>
        <h3>Les candidats ({bilans.totalDocs})</h3>
        <ul>
          {bilans.docs.map((b) => (
            <li key={b.id}>
              <a href={`/admin/collections/${BILAN_SLUGS.bilans}/${b.id}`}>{b.title}</a>
              {b.counsellor && typeof b.counsellor === 'object' ? ` — ${name(b.counsellor)}` : ''}
            </li>
          ))}
        </ul>
        <a href={`/admin/collections/${BILAN_SLUGS.bilans}`}>Tous les candidats et filtres</a>
      </section>
    </div>
  )
}
