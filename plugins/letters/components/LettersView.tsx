import type { AdminViewServerProps } from 'payload'

import { AdminPage } from '../../../src/kernel/admin/AdminPage'
import { LETTERS_SLUGS } from '../slugs'
import { LettersBatchPanel } from './LettersBatchPanel'

/**
 * « Courriers en nombre » (seed 003, « envois individuels ou en nombre »): pick a template and
 * young people, produce their letters as a bulk operation, follow it, download the ZIP (one PDF
 * each) or the merged PDF.
 */
export const LettersView = async (view: AdminViewServerProps) => {
  const { req } = view.initPageResult
  const { docs } = await req.payload.find({ collection: LETTERS_SLUGS.templates, depth: 0, limit: 200, sort: 'name', overrideAccess: false, user: req.user, req })
  const templates = docs.map((doc) => ({ value: doc.id, label: doc.name }))
  return (
    <AdminPage view={view} title="Courriers en nombre">
      <p style={{ maxWidth: 760 }}>
        Choisissez un modèle et les jeunes destinataires : les courriers sont produits en arrière-plan, puis téléchargés en un fichier ZIP (un PDF par
        jeune) ou en un seul PDF.
      </p>
      <LettersBatchPanel templates={templates} />
    </AdminPage>
  )
}
