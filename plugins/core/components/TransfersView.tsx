import type { AdminViewServerProps, TypedUser } from 'payload'

import { ACCOUNT_ROLES, asPrincipal, userOpensSection } from '../../../src/kernel/access'
import { AdminPage } from '../../../src/kernel/admin/AdminPage'
import { bulkKindsOf } from '../../../src/kernel/bulk'
import { ReferentTransferPanel, type ReferentTransferKind } from './ReferentTransferPanel'
import { TransfersPanel, type Option } from './TransfersPanel'

const nameOf = (user: { firstName?: string | null; lastName?: string | null; email?: string | null }) =>
  [user.firstName, user.lastName].filter(Boolean).join(' ') || String(user.email)

/**
 * « Transferts d'éléments » (seed 003): pick a counsellor, select their young people (search,
 * filters, « tout sélectionner sur toutes les pages »), choose the new counsellor or the new
 * attachment place, start; the progress of this and earlier operations is followed below.
 * `?from=<user id>` preselects the counsellor (e.g. from a refused unsubscription).
 */
export const TransfersView = async (view: AdminViewServerProps) => {
  const { req } = view.initPageResult
  const search = (view.searchParams ?? {}) as Record<string, string>
  if (!userOpensSection(asPrincipal(req.user), 'administration')) {
    return (
      <AdminPage view={view} title="Transferts d'éléments">
        <p>Les transferts sont réservés aux administrateurs de la structure.</p>
      </AdminPage>
    )
  }
  const common = { depth: 0, limit: 500, overrideAccess: false, user: req.user, req } as const
  const [users, staff, places] = await Promise.all([
    req.payload.find({ collection: 'users', where: { and: [{ roles: { in: [...ACCOUNT_ROLES] } }, { status: { not_equals: 'unsubscribed' } }] }, sort: 'lastName', ...common }),
    req.payload.find({ collection: 'users', where: { status: { not_equals: 'unsubscribed' } }, sort: 'lastName', ...common }),
    req.payload.find({ collection: 'structures', where: { type: { in: ['mission-locale', 'antenne'] } }, sort: 'name', ...common }),
  ])
  const counsellors: (Option & { isActive: boolean })[] = users.docs.map((user) => ({ value: user.id, label: nameOf(user), isActive: user.status === 'active' }))
  const placeOptions: Option[] = places.docs.map((place) => ({ value: place.id, label: `${place.name}${place.type === 'antenne' ? ' (antenne)' : ''}` }))
  // Referent transfers the deployment's modules offer (offers, partners: plugins/placement).
  const referentKinds: ReferentTransferKind[] = bulkKindsOf(req.payload.config).flatMap((kind) =>
    kind.referentTransfer ? [{ slug: kind.slug, label: kind.label, collection: kind.itemCollection, ...kind.referentTransfer }] : [],
  )
  const staffOptions = staff.docs.map((user) => ({ value: user.id, label: nameOf(user), isActive: user.status === 'active' }))
  return (
    <AdminPage view={view} title="Transferts d'éléments">
      <p style={{ maxWidth: 760 }}>
        Les transferts remplacent une référence par une autre : le conseiller qui suit des dossiers jeunes, ou leur lieu de rattachement (une antenne
        ou la Mission Locale). Ils se déroulent en arrière-plan : vous pouvez quitter la page et revenir suivre leur progression.
      </p>
      {referentKinds.length > 0 && (
        <ReferentTransferPanel kinds={referentKinds} users={staffOptions} initialFrom={search.elements ? (search.from ?? '') : ''} initialKind={search.elements ?? ''} />
      )}
      <TransfersPanel counsellors={counsellors} places={placeOptions} initialFrom={search.from ?? ''} userId={Number(req.user?.id)} />
    </AdminPage>
  )
}

/** « Transferts d'éléments » in the navigation, for administrators. */
export const TransfersNavLink = ({ user }: { user?: TypedUser }) => {
  if (!userOpensSection(asPrincipal(user), 'administration')) return null
  return (
    <a className="nav__link" href="/admin/transferts" id="nav-transfers">
      <span className="nav__link-label">Transferts d'éléments</span>
    </a>
  )
}
