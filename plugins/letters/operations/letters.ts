import { randomUUID } from 'node:crypto'
import type { PayloadRequest } from 'payload'

import type { LetterTemplate } from '../../../src/payload-types'
import { PDFDocument } from 'pdf-lib'
import { zipSync } from 'fflate'

import { BULK_OPERATIONS_SLUG, bulkParamsOf, startBulkOperation, type BulkKind } from '../../../src/kernel/bulk'
import { displayName, type NamedPerson } from '../../../src/kernel/lib/displayName'
import { conflict, invalidField, notFound } from '../../../src/kernel/lib/errors'
import { relationId } from '../../../src/kernel/lib/relationId'
import { structureLogo } from '../structureLogo'
import { LETTER_BATCH_KIND, LETTERS_SLUGS } from '../slugs'
import { loadMergeContext } from './mergeContext'
import { renderLetter } from './renderLetter'

type Template = Pick<LetterTemplate, 'id' | 'name' | 'body' | 'structure'>

export const LETTER_FORMATS = ['zip', 'pdf'] as const
export type LetterFormat = (typeof LETTER_FORMATS)[number]

/** Most young people one batch takes (a selection of a portfolio, not a whole region). */
export const MAX_BATCH = 2000

const slugify = (value: string) =>
  value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase()
    .slice(0, 60) || 'courrier'

/** A template the caller may read (404 otherwise: another structure's templates do not exist for them). */
export const readableTemplate = async ({ req, id }: { req: PayloadRequest; id: unknown }): Promise<Template> => {
  const numeric = Number(id)
  const template = Number.isInteger(numeric) && numeric > 0
    ? await req.payload.findByID({ collection: LETTERS_SLUGS.templates, id: numeric, depth: 0, overrideAccess: false, user: req.user, disableErrors: true, req })
    : null
  if (!template) throw notFound('Modèle de courrier introuvable.')
  return template
}

/** One young person's letter: the PDF and the file name it is downloaded under. */
export const produceLetter = async ({ req, template, account }: { req: PayloadRequest; template: Template; account: number }) => {
  const context = await loadMergeContext({ req, account })
  const person = displayName(context.account as NamedPerson, { order: 'LAST-first', fallback: `jeune-${account}` })
  const logo = await structureLogo({ req, structure: context.structureId ?? relationId(template.structure) })
  const pdf = await renderLetter({ body: template.body, context, logo, title: `${template.name} – ${person}` })
  return { pdf, fileName: `${slugify(template.name)}-${slugify(person)}-${account}.pdf`, structure: context.structureId }
}

const TEMPLATE_CACHE = 'lettersTemplate'

/**
 * A batch of letters as a bulk operation: each item is one young person, re-read as the batch's
 * creator (a young person who left their structures meanwhile is refused alone), whose PDF is
 * kept in `generated-letters` until the batch is downloaded.
 */
export const letterBatchKind: BulkKind = {
  slug: LETTER_BATCH_KIND,
  label: 'Courriers en nombre',
  itemCollection: 'accounts',
  summary: ({ done, total }) => `${done} courrier(s) sur ${total} prêts à télécharger.`,
  chunkSize: 50,
  perItem: async ({ req, item, params }) => {
    // One read of the template per chunk (each chunk has its own request).
    const cached = req.context[TEMPLATE_CACHE] as Template | undefined
    const template = cached?.id === Number(params.template) ? cached : await readableTemplate({ req, id: params.template })
    req.context[TEMPLATE_CACHE] = template
    const { pdf, fileName, structure } = await produceLetter({ req, template, account: item })
    await req.payload.create({
      collection: LETTERS_SLUGS.generated,
      data: { batch: String(params.batch), template: template.id, account: item, fileName, pdf: pdf.toString('base64'), createdBy: req.user?.id, structure },
      depth: 0,
      overrideAccess: true,
      req,
    })
  },
}

/**
 * Starts a batch: the template and every selected young person must be readable by the caller
 * (400 naming `accounts` otherwise), then one bulk operation (202) whose progress is read from
 * `bulk-operations`.
 */
export const startLetterBatch = async ({ req, templateId, accounts, format }: { req: PayloadRequest; templateId: unknown; accounts: unknown; format: unknown }) => {
  const template = await readableTemplate({ req, id: templateId })
  const fail = (path: string, message: string) => {
    throw invalidField({ req, collection: LETTERS_SLUGS.generated, path, message })
  }
  if (format !== undefined && !LETTER_FORMATS.includes(format as LetterFormat)) fail('format', 'Format attendu : « zip » (un PDF par jeune) ou « pdf » (un seul PDF).')
  if (!Array.isArray(accounts) || accounts.length === 0) fail('accounts', 'Choisissez au moins un jeune (liste de leurs identifiants).')
  const ids = [...new Set((accounts as unknown[]).map(Number))]
  if (ids.some((id) => !Number.isInteger(id) || id <= 0)) fail('accounts', 'Les jeunes se désignent par leurs identifiants numériques.')
  if (ids.length > MAX_BATCH) fail('accounts', `Un lot compte au plus ${MAX_BATCH} courriers.`)
  const { docs } = await req.payload.find({ collection: 'accounts', where: { id: { in: ids } }, depth: 0, limit: ids.length, pagination: false, select: { email: true }, overrideAccess: false, user: req.user, req })
  const readable = new Set(docs.map((doc) => Number(doc.id)))
  const missing = ids.filter((id) => !readable.has(id))
  if (missing.length) fail('accounts', `Jeunes introuvables ou hors de vos structures : ${missing.slice(0, 20).join(', ')}${missing.length > 20 ? '…' : ''}.`)
  return startBulkOperation({ req, kind: LETTER_BATCH_KIND, params: { template: template.id, format: format ?? 'zip', batch: randomUUID(), templateName: template.name }, items: ids })
}

/**
 * A finished batch as one file: a ZIP of one PDF per young person (fflate), or one PDF of all
 * the letters (pdf-lib). The operation is read as the caller: 404 for anyone who may not read it.
 */
export const downloadLetterBatch = async ({ req, operationId, format: wanted }: { req: PayloadRequest; operationId: unknown; format?: unknown }) => {
  const id = Number(operationId)
  const operation = Number.isInteger(id) && id > 0
    ? await req.payload.findByID({ collection: BULK_OPERATIONS_SLUG, id, depth: 0, overrideAccess: false, user: req.user, disableErrors: true, req })
    : null
  if (!operation || operation.kind !== LETTER_BATCH_KIND) throw notFound('Lot de courriers introuvable.')
  if (operation.status !== 'done' && operation.status !== 'failed') throw conflict(`Le lot de courriers n’est pas terminé (${operation.done} sur ${operation.total}) : réessayez dans un instant.`)
  if (wanted !== undefined && wanted !== null && !LETTER_FORMATS.includes(wanted as LetterFormat)) throw invalidField({ req, path: 'format', message: 'Format attendu : « zip » ou « pdf ».' })
  const params = bulkParamsOf(operation)
  const format = (wanted ?? params.format ?? 'zip') as LetterFormat
  const { docs } = await req.payload.find({
    collection: LETTERS_SLUGS.generated,
    where: { batch: { equals: String(params.batch) } },
    sort: 'id',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const letters = docs
  if (letters.length === 0) throw conflict('Ce lot ne contient aucun courrier.')
  const base = `courriers-${slugify(String(params.templateName ?? 'lot'))}-${id}`
  if (format === 'zip') {
    const files = Object.fromEntries(letters.map((letter) => [letter.fileName, new Uint8Array(Buffer.from(letter.pdf, 'base64'))]))
    return { bytes: zipSync(files, { level: 6 }), contentType: 'application/zip', fileName: `${base}.zip` }
  }
  const merged = await PDFDocument.create()
  for (const letter of letters) {
    const source = await PDFDocument.load(Buffer.from(letter.pdf, 'base64'))
    for (const page of await merged.copyPages(source, source.getPageIndices())) merged.addPage(page)
  }
  return { bytes: await merged.save(), contentType: 'application/pdf', fileName: `${base}.pdf` }
}
