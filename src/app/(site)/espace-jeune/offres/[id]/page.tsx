import { notFound } from 'next/navigation'
import React from 'react'

import { DocumentUpload } from '../../../components/DocumentUpload'
import { Flash } from '../../../components/Flash'
import { RichTextContent } from '../../../components/RichTextContent'
import { youngPersonPage } from '../../../lib/youngPerson'
import { apply } from '../../candidatures/actions'
import { CONTRACT_TYPES, optionLabel, SECTORS } from '../filters'

export const metadata = { title: 'Offre' }
export const dynamic = 'force-dynamic'

type Args = { params: Promise<{ id: string }>; searchParams: Promise<{ ok?: string; erreur?: string }> }

/** One offer and « Postuler »: a message, a CV and a letter among their documents, help from the referent if wanted. */
const OfferPage = async ({ params, searchParams }: Args) => {
  const { id } = await params
  const { ok, erreur } = await searchParams
  if (!/^\d+$/.test(id)) notFound()
  const { client } = await youngPersonPage()
  const offer = await client.sdk.findByID({ collection: 'offers', id: Number(id), depth: 0, disableErrors: true })
  if (!offer) notFound()
  const documents = (await client.sdk.find({ collection: 'documents', depth: 0, limit: 100, sort: '-updatedAt' })).docs
  const ofType = (type: string) => documents.filter((document) => document.type === type)
  return (
    <>
      <p>
        <a href="/espace-jeune/offres">← Toutes les offres</a>
      </p>
      <h1>{offer.title}</h1>
      <Flash ok={ok} error={erreur} />
      <table>
        <tbody>
          <tr>
            <th scope="row">Entreprise</th>
            <td>{offer.employerName ?? '—'}</td>
          </tr>
          <tr>
            <th scope="row">Lieu</th>
            <td>
              {offer.city ?? '—'} {offer.postalCode ? `(${offer.postalCode})` : ''}
            </td>
          </tr>
          <tr>
            <th scope="row">Contrat</th>
            <td>{optionLabel(CONTRACT_TYPES, offer.contractType)}</td>
          </tr>
          <tr>
            <th scope="row">Secteur</th>
            <td>{optionLabel(SECTORS, offer.sector)}</td>
          </tr>
          <tr>
            <th scope="row">Référence</th>
            <td>{offer.reference ?? '—'}</td>
          </tr>
        </tbody>
      </table>
      <RichTextContent data={offer.description} />
      <h2 id="postuler">Postuler</h2>
      <form action={apply}>
        <input type="hidden" name="offer" value={offer.id} />
        <label htmlFor="message">Message pour l’employeur (obligatoire)</label>
        <textarea id="message" name="message" rows={5} maxLength={5000} required />
        <label htmlFor="cv">Mon CV</label>
        <select id="cv" name="cv" defaultValue="">
          <option value="">Sans CV</option>
          {ofType('cv').map((document) => (
            <option key={document.id} value={document.id}>
              {document.title}
            </option>
          ))}
        </select>
        <label htmlFor="coverLetter">Ma lettre de motivation</label>
        <select id="coverLetter" name="coverLetter" defaultValue="">
          <option value="">Sans lettre</option>
          {ofType('cover-letter').map((document) => (
            <option key={document.id} value={document.id}>
              {document.title}
            </option>
          ))}
        </select>
        <label className="option">
          <input type="checkbox" name="helpRequested" /> Solliciter l’aide de mon référent avant l’envoi
        </label>
        <button type="submit">Envoyer ma candidature</button>
      </form>
      <DocumentUpload back={`/espace-jeune/offres/${offer.id}#postuler`} />
    </>
  )
}

export default OfferPage
