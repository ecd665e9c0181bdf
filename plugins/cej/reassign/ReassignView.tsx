import type { AdminViewServerProps } from 'payload'

import { SECTION_ROLES, asPrincipal, userOpensSection } from '../../../src/kernel/access'
import { AdminPage } from '../../../src/kernel/admin/AdminPage'
import { ReassignForm, type Counsellor } from './ReassignForm'

const nameOf = (user: { firstName?: string | null; lastName?: string | null; email?: string | null }) =>
  [user.firstName, user.lastName].filter(Boolean).join(' ') || String(user.email)

/**
 * « Le module de réaffectation » (seed 001): a CEJ admin or counsellor picks a counsellor, selects
 * some of their young people (or all), the counsellor who takes them over, and whether it is
 * temporary (until a date, then they come back) or definitive. The form posts to
 * `POST /api/reassignments/reassign`, which checks everything again; the counsellors offered are
 * those the caller may read (their own structures), so another structure's never appear.
 * `?from=<user id>` preselects the counsellor.
 */
export const ReassignView = async (view: AdminViewServerProps) => {
  const { req } = view.initPageResult
  const search = (view.searchParams ?? {}) as Record<string, string>
  if (!userOpensSection(asPrincipal(req.user), 'cej')) {
    return (
      <AdminPage view={view} title="Réaffecter des bénéficiaires">
        <p>La réaffectation est réservée aux conseillers et administrateurs CEJ.</p>
      </AdminPage>
    )
  }
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { and: [{ roles: { in: [...SECTION_ROLES.cej] } }, { status: { equals: 'active' } }] },
    sort: 'lastName',
    depth: 0,
    limit: 500,
    overrideAccess: false,
    user: req.user,
    req,
  })
  const counsellors: Counsellor[] = docs.map((user) => ({ value: user.id, label: nameOf(user) }))
  const initialFrom = search.from ?? (counsellors.some((c) => c.value === req.user?.id) ? String(req.user?.id) : '')
  return (
    <AdminPage view={view} title="Réaffecter des bénéficiaires">
      <p style={{ maxWidth: 760 }}>
        Confiez les bénéficiaires d’un conseiller à un autre conseiller, temporairement (ils reviennent à leur conseiller à la date de fin) ou
        définitivement. Les deux conseillers sont prévenus, et la réaffectation apparaît dans l’historique des conseillers de chaque bénéficiaire.
      </p>
      <ReassignForm counsellors={counsellors} initialFrom={initialFrom} />
    </AdminPage>
  )
}
