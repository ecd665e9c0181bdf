import type { AdminViewServerProps, TypedUser } from 'payload'

import { asPrincipal, userOpensSection } from '../../../../src/kernel/access'
import { AdminPage } from '../../../../src/kernel/admin/AdminPage'
import { displayName } from '../../../../src/kernel/lib/displayName'
import { frenchDate } from '../../../../src/kernel/lib/frenchDates'
import { SLUGS } from '../../../../collections/slugs'
import { searchOffers } from '../catalogue'
import { OFFERS_PATH } from '../paths'
import { OFFER_KINDS, OFFER_SLUGS, type OfferKind } from '../slugs'
import { ShareOfferForm } from './ShareOfferForm'

const param = (value: unknown) => (Array.isArray(value) ? String(value[0] ?? '') : typeof value === 'string' ? value : '')
const cell = { padding: '6px 10px', borderBottom: '1px solid var(--theme-elevation-100)', verticalAlign: 'top' as const }

/**
 * « Offres » (seed 001): « Ma recherche » (type d'offre, mots-clés, département) over the Mission
 * Locale's offers and the employers', « Partager » with young people of the portfolio, and the
 * offers shared with who saved or applied. Everything is read with the user's access.
 */
export const OffersView = async (view: AdminViewServerProps) => {
  const { req } = view.initPageResult
  const user = asPrincipal(req.user)
  if (!userOpensSection(user, 'cej')) {
    return (
      <AdminPage view={view} title="Offres">
        <p>Les offres sont réservées aux conseillers CEJ.</p>
      </AdminPage>
    )
  }
  const kindParam = param(view.searchParams?.kind)
  const kind = kindParam in OFFER_KINDS ? (kindParam as OfferKind) : null
  const q = param(view.searchParams?.q).slice(0, 120) || null
  const departmentParam = param(view.searchParams?.department)
  const department = /^[0-9AB]{2,3}$/i.test(departmentParam) ? departmentParam : null
  const offers = await searchOffers({ req, criteria: { kind, q, department }, limit: 30 })
  const portfolio = (await req.payload.find({ collection: SLUGS.accounts, where: { referents: { in: [user!.id] } }, limit: 500, depth: 0, sort: 'lastName', select: { firstName: true, lastName: true }, overrideAccess: false, user: req.user, req })).docs
  const young = portfolio.map((a) => ({ id: a.id, name: displayName(a, { order: 'LAST-first' }) }))
  const shares = (await req.payload.find({ collection: OFFER_SLUGS.shares, where: { sharedBy: { equals: user!.id } }, sort: '-createdAt', limit: 50, depth: 1, overrideAccess: false, user: req.user, req })).docs
  return (
    <AdminPage view={view} title="Offres">
      <form method="get" style={{ display: 'flex', gap: 12, alignItems: 'end', flexWrap: 'wrap', marginBottom: 16 }}>
        <label>
          Type d&apos;offre
          <br />
          <select name="kind" defaultValue={kind ?? ''}>
            <option value="">Tous</option>
            {Object.entries(OFFER_KINDS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Mots-clés
          <br />
          <input name="q" defaultValue={q ?? ''} />
        </label>
        <label>
          Département
          <br />
          <input name="department" defaultValue={department ?? ''} size={4} />
        </label>
        <button type="submit">Rechercher</button>
      </form>
      <table style={{ width: '100%', borderCollapse: 'collapse' }} id="offers-results">
        <thead>
          <tr>
            <th style={cell}>Offre</th>
            <th style={cell}>Type</th>
            <th style={cell}>Lieu</th>
            <th style={cell}>Partager avec</th>
          </tr>
        </thead>
        <tbody>
          {offers.map((offer) => (
            <tr key={`${offer.source}:${offer.id}`}>
              <td style={cell}>
                <strong>{offer.title}</strong>
                {offer.organisation ? <div>{offer.organisation}</div> : null}
                {offer.url ? (
                  <a href={offer.url} rel="noreferrer" target="_blank">
                    Voir l&apos;offre
                  </a>
                ) : null}
              </td>
              <td style={cell}>{offer.kindLabel}</td>
              <td style={cell}>{[offer.city, offer.department].filter(Boolean).join(' – ')}</td>
              <td style={cell}>
                <ShareOfferForm source={offer.source} offer={offer.id} young={young} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {offers.length === 0 ? <p>Aucune offre ne correspond à cette recherche.</p> : null}
      <h2 style={{ marginTop: 32 }}>Mes offres partagées</h2>
      <table style={{ width: '100%', borderCollapse: 'collapse' }} id="offers-shared">
        <thead>
          <tr>
            <th style={cell}>Offre</th>
            <th style={cell}>Jeune</th>
            <th style={cell}>Partagée le</th>
            <th style={cell}>Sauvegardée</th>
            <th style={cell}>A postulé</th>
          </tr>
        </thead>
        <tbody>
          {shares.map((share) => (
            <tr key={share.id}>
              <td style={cell}>{share.offerTitle}</td>
              <td style={cell}>{typeof share.account === 'object' && share.account ? displayName(share.account, { order: 'LAST-first' }) : share.account}</td>
              <td style={cell}>{frenchDate(share.createdAt)}</td>
              <td style={cell}>{share.saved ? 'Oui' : 'Non'}</td>
              <td style={cell}>{share.applied ? 'Oui' : 'Non'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </AdminPage>
  )
}

/** « Offres » in the navigation, for CEJ staff. */
export const OffersNavLink = ({ user }: { user?: TypedUser }) =>
  userOpensSection(asPrincipal(user), 'cej') ? (
    <a className="nav__link" href={`/admin${OFFERS_PATH}`} id="nav-cej-offers">
      <span className="nav__link-label">Offres</span>
    </a>
  ) : null
