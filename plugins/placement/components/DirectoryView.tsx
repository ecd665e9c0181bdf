import type { AdminViewServerProps } from 'payload'

import { AdminPage } from '../../../src/kernel/admin/AdminPage'
import { FilterForm, FilterSearch, FilterSelect } from '../../../src/kernel/admin/FilterForm'
import { listDirectoryEstablishments, listEmployers, listEstablishmentReferents } from '../operations/directory'
import { DIRECTORY_PATH } from '../paths'
import { PLACEMENT_SLUGS } from '../slugs'

const cellStyle = { padding: '6px 10px', borderBottom: '1px solid var(--theme-elevation-100)', verticalAlign: 'top' as const }

const TABS = [
  { value: 'referents', label: 'Référents établissements' },
  { value: 'employers', label: 'Employeurs' },
] as const

type Tab = (typeof TABS)[number]['value']

const param = (value: unknown) => (Array.isArray(value) ? String(value[0] ?? '') : typeof value === 'string' ? value : '')

const Contact = ({ email, phone }: { email: string; phone: string | null }) => (
  <>
    <a href={`mailto:${email}`}>{email}</a>
    {phone ? ` · ${phone}` : ''}
  </>
)

const Referents = async ({ req, establishment, q }: { req: AdminViewServerProps['initPageResult']['req']; establishment: string; q: string }) => {
  const [{ docs: establishments }, { docs: referents }] = await Promise.all([
    listDirectoryEstablishments({ req }),
    listEstablishmentReferents({ req, establishment: establishment || undefined, q: q || undefined }),
  ])
  return (
    <>
      <FilterForm id="directory-referents-filter" submitLabel="Rechercher" hidden={{ tab: 'referents' }}>
        <FilterSelect
          name="establishment"
          label="Établissement"
          value={establishment}
          allLabel="Tous les établissements"
          options={establishments.map((option) => ({ value: option.id, label: String(option.name) }))}
        />
        <FilterSearch name="q" label="Nom ou prénom" value={q} />
      </FilterForm>
      <p>{referents.length} référent(s)</p>
      <div style={{ overflowX: 'auto' }}>
        <table id="directory-referents" style={{ width: '100%', borderCollapse: 'collapse' }}>
          <thead>
            <tr style={{ textAlign: 'left' }}>
              {['Nom Prénom', 'Fonction', 'E-mail', 'Téléphone', 'Établissement'].map((header) => (
                <th key={header} style={cellStyle}>
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {referents.map((referent) => (
              <tr key={referent.id}>
                <td style={cellStyle}>{referent.name}</td>
                <td style={cellStyle}>{referent.jobTitle ?? ''}</td>
                <td style={cellStyle}>
                  <a href={`mailto:${referent.email}`}>{referent.email}</a>
                </td>
                <td style={cellStyle}>{referent.phone ?? ''}</td>
                <td style={cellStyle}>{referent.establishments.map((e) => e.name).join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  )
}

const Employers = async ({ req, q }: { req: AdminViewServerProps['initPageResult']['req']; q: string }) => {
  const { docs: employers } = await listEmployers({ req, q: q || undefined })
  return (
    <>
      <FilterForm id="directory-employers-filter" submitLabel="Rechercher" hidden={{ tab: 'employers' }}>
        <FilterSearch name="q" label="Entreprise" value={q} />
      </FilterForm>
      <p>{employers.length} entreprise(s)</p>
      <div id="directory-employers" style={{ display: 'grid', gap: 16 }}>
        {employers.map((employer) => (
          <section key={employer.id} className="directory-employer" style={{ border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: '12px 16px' }}>
            <h3 style={{ margin: 0 }}>
              {employer.name}
              {employer.city ? <span style={{ fontWeight: 'normal' }}> · {employer.city}</span> : null}
            </h3>
            <div style={{ display: 'grid', gap: 16, gridTemplateColumns: 'repeat(auto-fit, minmax(280px, 1fr))', marginTop: 8 }}>
              <div>
                <h4>Offres publiées ({employer.offers.length})</h4>
                {employer.offers.length === 0 ? (
                  <p>Aucune offre publiée.</p>
                ) : (
                  <ul>
                    {employer.offers.map((offer) => (
                      <li key={offer.id}>
                        <a href={`/admin/collections/${PLACEMENT_SLUGS.offers}/${offer.id}`}>
                          {offer.reference ? `${offer.reference} – ` : ''}
                          {offer.title}
                        </a>
                        {offer.postalCode ? ` (${offer.postalCode})` : ''}
                      </li>
                    ))}
                  </ul>
                )}
              </div>
              <div>
                <h4>Référents ({employer.referents.length})</h4>
                {employer.referents.length === 0 ? (
                  <p>Aucun référent renseigné.</p>
                ) : (
                  <ul>
                    {employer.referents.map((referent) => (
                      <li key={referent.id}>
                        {referent.name}
                        {referent.jobTitle ? `, ${referent.jobTitle}` : ''} — <Contact email={referent.email} phone={referent.phone} />
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            </div>
          </section>
        ))}
      </div>
    </>
  )
}

/**
 * « L'annuaire » (seed 004, V): the establishment referents (name, job title, e-mail, phone),
 * filtered by establishment and searched by name, and the employers of the convention with their
 * published offers and referents, searched by company. Rendered on the server from the same
 * operations as `GET /api/directory/referents` and `/api/directory/employers`.
 */
export const DirectoryView = async (view: AdminViewServerProps) => {
  const { initPageResult, searchParams } = view
  const { req } = initPageResult
  const search = (searchParams ?? {}) as Record<string, unknown>
  const tab: Tab = param(search.tab) === 'employers' ? 'employers' : 'referents'
  const q = param(search.q).slice(0, 100)
  let content: React.ReactNode
  try {
    content = tab === 'employers' ? await Employers({ req, q }) : await Referents({ req, establishment: param(search.establishment), q })
  } catch (error) {
    content = <p>{(error as Error).message || "L'annuaire est réservé aux professionnels de la convention."}</p>
  }
  return (
    <AdminPage view={view} title="Annuaire">
      <nav aria-label="Onglets de l'annuaire" style={{ display: 'flex', gap: 8, margin: '16px 0' }}>
        {TABS.map((option) => (
          <a
            key={option.value}
            href={`/admin${DIRECTORY_PATH}?tab=${option.value}`}
            aria-current={option.value === tab ? 'page' : undefined}
            className={`btn btn--size-small ${option.value === tab ? 'btn--style-primary' : 'btn--style-secondary'}`}
            style={{ margin: 0 }}
          >
            {option.label}
          </a>
        ))}
      </nav>
      {content}
    </AdminPage>
  )
}
