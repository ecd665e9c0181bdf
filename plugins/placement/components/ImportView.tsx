import type { AdminViewServerProps, Where } from 'payload'

import { asPrincipal, structuresActedOn, userOpensSection } from '../../../src/kernel/access'
import { AdminPage } from '../../../src/kernel/admin/AdminPage'
import { COLUMN_LABELS } from '../imports/checkLines'
import { ImportPanel } from './ImportPanel'

/**
 * « Mes candidats › importer de nouveaux étudiants » (seed 004): upload a CSV or Excel file,
 * read each line's errors, import the valid lines (each candidate receives the e-mail to choose
 * their password) and follow the import's progress.
 */
export const ImportView = async (view: AdminViewServerProps) => {
  const { req } = view.initPageResult
  if (!userOpensSection(asPrincipal(req.user), 'placement')) {
    return (
      <AdminPage view={view} title="Importer des candidats">
        <p>L’import de candidats est réservé aux référents établissement, chargés de mission et administrateurs.</p>
      </AdminPage>
    )
  }
  const scope = await structuresActedOn(req)
  const where: Where = scope === 'everywhere' ? { type: { equals: 'establishment' } } : { and: [{ type: { equals: 'establishment' } }, { id: { in: scope } }] }
  const { docs } = await req.payload.find({ collection: 'structures', where, depth: 0, limit: 200, sort: 'name', overrideAccess: true, req, select: { id: true, name: true } })
  return (
    <AdminPage view={view} title="Importer des candidats">
      <p style={{ maxWidth: 760 }}>
        Déposez un fichier CSV (séparateur « ; » ou « , ») ou Excel (.xlsx) dont la première ligne nomme les colonnes : {Object.values(COLUMN_LABELS).join(', ')}. Nom,
        Email et Date de naissance sont obligatoires ; un candidat mineur a besoin d’un contact familial (nom et téléphone). Rien n’est créé avant
        « Importer » ; déposer deux fois le même fichier ne crée personne deux fois.
      </p>
      <ImportPanel establishments={docs.map((doc) => ({ value: Number(doc.id), label: String(doc.name) }))} />
    </AdminPage>
  )
}
