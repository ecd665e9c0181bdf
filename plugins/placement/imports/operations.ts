import { createHash } from 'node:crypto'
import type { PayloadRequest, Where } from 'payload'

import type { CandidateImport } from '../../../src/payload-types'

import { asPrincipal, structuresActedOn, userHasRole, userOpensSection } from '../../../src/kernel/access'
import { BULK_OPERATIONS_SLUG, startBulkOperation, type BulkKind } from '../../../src/kernel/bulk'
import { withTransaction } from '../../../src/kernel/db/withTransaction'
import { conflict, forbidden, invalidField, notFound } from '../../../src/kernel/lib/errors'
import { relationId, relationIds } from '../../../src/kernel/lib/relationId'
import { lifecycleCreateData } from '../../lifecycle'
import { PLACEMENT_SLUGS } from '../slugs'
import { checkLines, type ImportCandidate, type LineError } from './checkLines'
import { INITIAL_CANDIDATE_PROFILE } from '../accounts/createCandidateProfile'
import { readSheet, UnreadableFile } from './parseFile'

export const IMPORT_CANDIDATES_KIND = 'import-candidates'

/** Most lines one file may hold (a cohort, not a region). */
export const MAX_IMPORT_LINES = 5000

const FOLLOWER_ROLES = ['establishment-referent', 'mission-officer'] as const
const COLLECTION = PLACEMENT_SLUGS.candidateImports

/** An import as the operations read it: its three JSON lists in their shape, its relations as ids. */
type ImportDoc = Omit<CandidateImport, 'structure' | 'referent' | 'candidates' | 'lineErrors' | 'existing'> & {
  structure: number
  referent: number
  candidates: ImportCandidate[]
  lineErrors: LineError[]
  existing: { line: number; email: string }[]
}

/** The JSON lists are written by `previewImport` only, so their shape is known; a missing one is empty. */
const importDoc = (doc: CandidateImport): ImportDoc => ({
  ...doc,
  structure: relationId(doc.structure)!,
  referent: relationId(doc.referent)!,
  candidates: (doc.candidates ?? []) as ImportCandidate[],
  lineErrors: (doc.lineErrors ?? []) as LineError[],
  existing: (doc.existing ?? []) as ImportDoc['existing'],
})

const fail = (req: PayloadRequest, path: string, message: string): never => {
  throw invalidField({ req, collection: PLACEMENT_SLUGS.candidateImports, path, message })
}

export const requireImporter = (req: PayloadRequest) => {
  const user = asPrincipal(req.user)
  if (req.user?.collection !== 'users' || !userOpensSection(user, 'placement')) throw forbidden('L’import de candidats est réservé aux référents établissement, chargés de mission et administrateurs.')
  return user!
}

/** The establishment the candidates go to: the one named, or the caller's only one. */
const resolveEstablishment = async (req: PayloadRequest, structure: unknown) => {
  const scope = await structuresActedOn(req)
  const where: Where = scope === 'everywhere' ? { type: { equals: 'establishment' } } : { and: [{ type: { equals: 'establishment' } }, { id: { in: scope } }] }
  const { docs } = await req.payload.find({ collection: 'structures', where, depth: 0, limit: 2, pagination: false, overrideAccess: true, req, select: { id: true, name: true } })
  if (structure === undefined || structure === null || structure === '') {
    if (docs.length === 1) return docs[0].id as number
    return fail(req, 'structure', 'Choisissez l’établissement des candidats.')
  }
  const id = Number(structure)
  const establishments = scope === 'everywhere' ? null : docs.map((doc) => doc.id)
  if (!Number.isInteger(id)) return fail(req, 'structure', 'L’établissement se désigne par son identifiant.')
  const target = await req.payload.findByID({ collection: 'structures', id, depth: 0, overrideAccess: true, disableErrors: true, req })
  if (!target || target.type !== 'establishment' || (scope !== 'everywhere' && !scope.includes(id)) || (establishments && establishments.length === 0))
    return fail(req, 'structure', 'Choisissez un établissement de vos structures.')
  return id
}

/** The candidates' establishment referent: the one named, or the caller when they are one. */
const resolveReferent = async (req: PayloadRequest, referent: unknown) => {
  const user = asPrincipal(req.user)!
  if (referent === undefined || referent === null || referent === '') {
    if (userHasRole(user, FOLLOWER_ROLES)) return Number(user.id)
    return fail(req, 'referent', 'Indiquez le référent établissement des candidats importés.')
  }
  const id = Number(referent)
  const found = Number.isInteger(id) ? await req.payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: false, user: req.user, disableErrors: true, req }) : null
  if (!found || !userHasRole({ ...found, collection: 'users' }, FOLLOWER_ROLES)) return fail(req, 'referent', 'Le référent doit être un référent établissement ou un chargé de mission de vos structures.')
  return id
}

/** Lines whose e-mail already has an account: nothing is created for them (a second upload creates nothing). */
const splitExisting = async (req: PayloadRequest, candidates: ImportCandidate[]) => {
  const emails = candidates.map((candidate) => candidate.email)
  const known = new Set<string>()
  for (let start = 0; start < emails.length; start += 500) {
    const { docs } = await req.payload.find({ collection: 'accounts', where: { email: { in: emails.slice(start, start + 500) } }, depth: 0, pagination: false, overrideAccess: true, req, select: { email: true } })
    for (const doc of docs) known.add(String(doc.email).toLowerCase())
  }
  return { fresh: candidates.filter((candidate) => !known.has(candidate.email)), existing: candidates.filter((candidate) => known.has(candidate.email)).map(({ line, email }) => ({ line, email })) }
}

/** What the preview answers: counts, each line's errors, the lines already registered; not the lines themselves. */
export const importSummary = (doc: ImportDoc, { isRepeat = false }: { isRepeat?: boolean } = {}) => {
  const toCreate = doc.candidates.length - doc.existing.length
  return {
    id: doc.id,
    fileName: doc.fileName,
    structure: doc.structure,
    referent: doc.referent,
    lineCount: doc.lineCount,
    valid: doc.candidates.length,
    invalid: new Set(doc.lineErrors.map((error) => error.line)).size,
    toCreate,
    errors: doc.lineErrors,
    existing: doc.existing,
    operation: doc.operation ?? null,
    isRepeat,
    message: isRepeat
      ? `Ce fichier a déjà été déposé : ${toCreate} nouveau(x) candidat(s) à créer, ${doc.existing.length} déjà inscrit(s).`
      : `${toCreate} candidat(s) à créer, ${new Set(doc.lineErrors.map((error) => error.line)).size} ligne(s) en erreur, ${doc.existing.length} déjà inscrit(s).`,
  }
}

/**
 * The preview of an uploaded file (CSV or .xlsx): every line checked, each error in French with
 * its line, the e-mails that already have an account set apart. Nothing is created yet. The same
 * file (same bytes) for the same establishment finds its earlier preview again.
 */
export const previewImport = async ({ req, file, structure, referent }: { req: PayloadRequest; file?: { data: Buffer; name: string } | null; structure?: unknown; referent?: unknown }) => {
  const user = requireImporter(req)
  if (!file?.data?.length) return fail(req, 'file', 'Joignez un fichier CSV ou Excel (.xlsx) de candidats (champ « file »).')
  const establishment = await resolveEstablishment(req, structure)
  const referentId = await resolveReferent(req, referent)
  let sheet
  try {
    sheet = await readSheet(file.data)
  } catch (error) {
    if (error instanceof UnreadableFile) return fail(req, 'file', error.message)
    throw error
  }
  if (sheet.lines.length === 0) return fail(req, 'file', 'Le fichier ne contient aucune ligne de candidat sous sa ligne d’en-tête.')
  if (sheet.lines.length > MAX_IMPORT_LINES) return fail(req, 'file', `Le fichier compte ${sheet.lines.length} lignes : ${MAX_IMPORT_LINES} au plus par import.`)
  const { candidates, errors, missingColumns } = checkLines({ sheet })
  if (missingColumns.length) return fail(req, 'file', `Colonne(s) obligatoire(s) absente(s) de la ligne d’en-tête : ${missingColumns.join(', ')}.`)
  const { existing } = await splitExisting(req, candidates)
  const fileHash = createHash('sha256').update(file.data).digest('hex')
  const data = { fileName: file.name.slice(0, 255), fileHash, structure: establishment, referent: referentId, createdBy: Number(user.id), lineCount: sheet.lines.length, candidates, lineErrors: errors, existing }
  return withTransaction(req, async () => {
    const { docs } = await req.payload.find({ collection: COLLECTION, where: { and: [{ structure: { equals: establishment } }, { fileHash: { equals: fileHash } }] }, depth: 0, limit: 1, overrideAccess: true, req })
    const previous = docs[0]
    const doc = previous
      ? await req.payload.update({ collection: COLLECTION, id: previous.id, data, depth: 0, overrideAccess: true, req })
      : await req.payload.create({ collection: COLLECTION, data, depth: 0, overrideAccess: true, req })
    return importSummary(importDoc(doc), { isRepeat: Boolean(previous) })
  })
}

const readableImport = async (req: PayloadRequest, id: unknown) => {
  const numeric = Number(id)
  const doc = Number.isInteger(numeric) && numeric > 0 ? await req.payload.findByID({ collection: COLLECTION, id: numeric, depth: 0, overrideAccess: false, user: req.user, disableErrors: true, req }) : null
  if (!doc) throw notFound('Import de candidats introuvable.')
  return importDoc(doc)
}

/** The preview again, as the caller may read it (404 for another establishment). */
export const readImport = async ({ req, id }: { req: PayloadRequest; id: unknown }) => {
  requireImporter(req)
  return importSummary(await readableImport(req, id))
}

/**
 * Imports the valid lines whose e-mail has no account yet, as a bulk operation (202): each line
 * becomes a candidate of the establishment, enabled, who receives the set-password e-mail. 409
 * while the same file's import runs, or when there is nothing left to create.
 */
export const runImport = async ({ req, id }: { req: PayloadRequest; id: unknown }) => {
  requireImporter(req)
  const doc = await readableImport(req, id)
  if (doc.operation) {
    const previous = await req.payload.findByID({ collection: BULK_OPERATIONS_SLUG, id: doc.operation, depth: 0, overrideAccess: true, disableErrors: true, req })
    const status = previous?.status
    if (status === 'queued' || status === 'running') throw conflict('L’import de ce fichier est déjà en cours : suivez sa progression.')
  }
  const { fresh, existing } = await splitExisting(req, doc.candidates)
  if (fresh.length === 0) throw conflict('Aucun nouveau candidat à créer : chaque ligne valide de ce fichier a déjà un compte.')
  return withTransaction(req, async () => {
    const operation = await startBulkOperation({ req, kind: IMPORT_CANDIDATES_KIND, params: { import: doc.id }, items: fresh.map((candidate) => candidate.line), structures: [doc.structure] })
    await req.payload.update({ collection: COLLECTION, id: doc.id, data: { operation: operation.id, existing }, depth: 0, overrideAccess: true, req })
    return operation
  })
}

const IMPORT_CACHE = 'placementImport'

/**
 * One line of an import: the candidate's account, created as the importer (the account's own
 * rules apply: establishment, referents, family contact of a minor), enabled at once, so the
 * candidate receives the set-password e-mail (the account's `ENABLE` effect). An e-mail that got
 * an account meanwhile is refused for that line alone: nothing is created twice.
 */
export const importCandidatesKind: BulkKind = {
  slug: IMPORT_CANDIDATES_KIND,
  label: 'Import de candidats',
  itemCollection: PLACEMENT_SLUGS.candidateImports,
  // An account's creation runs its whole lifecycle (ENABLE, history, outbox): short chunks keep each transaction short.
  chunkSize: 25,
  summary: ({ done, total }) => `${done} candidat(s) sur ${total} importé(s) : chacun reçoit un e-mail pour choisir son mot de passe.`,
  perItem: async ({ req, item, params }) => {
    const cached = req.context[IMPORT_CACHE] as ImportDoc | undefined
    const doc = cached?.id === Number(params.import) ? cached : importDoc(await req.payload.findByID({ collection: COLLECTION, id: Number(params.import), depth: 0, overrideAccess: true, req }))
    req.context[IMPORT_CACHE] = doc
    const candidate = doc.candidates.find((entry) => entry.line === item)
    if (!candidate) throw notFound(`Ligne ${item} : absente de l’import.`)
    const known = await req.payload.count({ collection: 'accounts', where: { email: { equals: candidate.email } }, overrideAccess: true, req })
    if (known.totalDocs) throw conflict(`Ligne ${item} : un compte existe déjà avec l’adresse ${candidate.email}.`)
    const { line: _line, secondaryEmail, nationality, ...fields } = candidate
    // These two columns belong to the candidate file, created with the account (../accounts/createCandidateProfile.ts).
    req.context[INITIAL_CANDIDATE_PROFILE] = { ...(secondaryEmail ? { secondaryEmail } : {}), ...(nationality ? { nationality } : {}) }
    await req.payload.create({
      collection: 'accounts',
      data: lifecycleCreateData<'accounts'>({ ...fields, structure: relationId(doc.structure), referents: relationIds([doc.referent]) }),
      depth: 0,
      overrideAccess: false,
      user: req.user,
      req,
    })
  },
}
