import PDFDocument from 'pdfkit'

import type { PersonalData } from './collectPersonalData'

const dateFormat = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Paris' })
const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/
const HIDDEN_KEYS = new Set(['id', 'updatedAt', 'sessions', 'loginAttempts', 'lockUntil', '_verified', '_verificationToken'])
const MAX_VALUE = 1_500

/** The text of a Lexical rich-text value (the pages and messages written in the admin). */
const lexicalText = (node: unknown): string => {
  if (!node || typeof node !== 'object') return ''
  const { text, children } = node as { text?: unknown; children?: unknown }
  if (typeof text === 'string') return text
  return Array.isArray(children) ? children.map(lexicalText).join(' ') : ''
}

/** One stored value as a line a person reads: dates in Paris time, yes/no, lists joined, rich text as text. */
export const readableValue = (value: unknown): string => {
  if (value === null || value === undefined || value === '') return '—'
  if (typeof value === 'boolean') return value ? 'oui' : 'non'
  if (typeof value === 'string') return ISO_DATE.test(value) ? dateFormat.format(new Date(value)) : value
  if (typeof value === 'number') return String(value)
  if (Array.isArray(value)) return value.length ? value.map(readableValue).join(', ') : '—'
  if (typeof value === 'object' && 'root' in value) return lexicalText((value as { root: unknown }).root) || '—'
  const text = JSON.stringify(value)
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE)}…` : text
}

const writeRecord = (doc: PDFKit.PDFDocument, record: Record<string, unknown>) => {
  for (const [key, value] of Object.entries(record)) {
    if (HIDDEN_KEYS.has(key)) continue
    doc.font('Helvetica-Bold').text(`${key} : `, { continued: true }).font('Helvetica').text(readableValue(value))
  }
}

/**
 * « Mes données » as a PDF (RGPD, right of access): the account, then every kind of record the
 * platform holds on the person, one block per record, in the order they were created.
 */
export const renderPersonalDataPdf = (data: PersonalData): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 50, info: { Title: 'Mes données – Tremplin', Author: 'Tremplin' } })
    const chunks: Buffer[] = []
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)

    doc.fontSize(18).text('Mes données sur Tremplin')
    doc.moveDown(0.3).fontSize(10).fillColor('#444').text(`Exportées le ${dateFormat.format(new Date(data.exportedAt))}`).fillColor('black')
    doc.moveDown().fontSize(14).text('Mon compte').moveDown(0.3).fontSize(10)
    writeRecord(doc, data.account)
    for (const section of data.sections) {
      doc.moveDown().fontSize(14).font('Helvetica').text(`${section.label} (${section.docs.length})`).fontSize(10)
      section.docs.forEach((record, index) => {
        doc.moveDown(0.4).font('Helvetica-Bold').text(`${section.label} n° ${index + 1}`).font('Helvetica')
        writeRecord(doc, record)
      })
    }
    if (!data.sections.length) doc.moveDown().text('La plateforme ne conserve aucune autre donnée vous concernant.')
    doc.end()
  })
