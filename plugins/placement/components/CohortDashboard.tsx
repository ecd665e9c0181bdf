import { createLocalReq, type ServerProps } from 'payload'

import { asPrincipal, userWorksIn } from '../../../src/kernel/access'
import { frenchDate } from '../../../src/kernel/lib/frenchDates'
import { listCandidatureBanners } from '../operations/candidatureBanners'
import { PLACEMENT_SLUGS } from '../slugs'

const BANNERS = 8

const STATUS_COLORS: Record<string, string> = {
  'awaiting-validation': 'var(--theme-warning-100)',
  sent: 'var(--theme-elevation-100)',
  handled: 'var(--theme-elevation-150)',
  accepted: 'var(--theme-success-100)',
  rejected: 'var(--theme-error-100)',
}

const sentOn = (sentAt: string | null) =>
  sentAt ? `Le ${frenchDate(sentAt)}` : 'Pas encore envoyée'

/**
 * « Dernières évolutions de ma cohorte » (seed 004, « Le tableau de bord »): the latest changes
 * of the candidatures of the referent's or mission officer's cohort, one banner each as in the
 * manual (type and offer, date sent, status, « Consulter la candidature »). Read through the
 * same operation as `GET /api/candidatures/banners`, with the user's own read access.
 */
export const CohortDashboard = async ({ user, payload }: ServerProps) => {
  if (!payload || !user || !userWorksIn(asPrincipal(user), 'placement')) return null
  const req = await createLocalReq({ user }, payload)
  const { docs: banners } = await listCandidatureBanners({ req, limit: BANNERS })
  const listPath = `/admin/collections/${PLACEMENT_SLUGS.candidatures}`
  return (
    <section id="placement-cohort" style={{ marginBottom: 32 }}>
      <h2>Dernières évolutions de ma cohorte</h2>
      {banners.length === 0 ? (
        <p>Aucune candidature de vos candidats pour le moment.</p>
      ) : (
        <ul style={{ listStyle: 'none', padding: 0, margin: '12px 0', display: 'grid', gap: 8 }}>
          {banners.map((banner) => (
            <li
              key={banner.id}
              className="placement-banner"
              style={{
                display: 'flex',
                flexWrap: 'wrap',
                gap: 16,
                alignItems: 'center',
                padding: '10px 14px',
                border: '1px solid var(--theme-elevation-150)',
                borderRadius: 4,
              }}
            >
              <span style={{ flex: '1 1 280px' }}>
                <strong>{banner.title}</strong>
                {banner.candidateName ? <span style={{ display: 'block', opacity: 0.75 }}>{banner.candidateName}</span> : null}
              </span>
              <span style={{ minWidth: 110 }}>{sentOn(banner.sentAt)}</span>
              <span style={{ padding: '2px 10px', borderRadius: 12, background: STATUS_COLORS[banner.status] ?? 'var(--theme-elevation-50)' }}>{banner.statusLabel}</span>
              <a href={`${listPath}/${banner.id}`}>Consulter la candidature</a>
            </li>
          ))}
        </ul>
      )}
      <a href={listPath}>Toutes les candidatures de ma cohorte</a>
    </section>
  )
}
