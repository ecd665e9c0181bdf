import PDFDocument from 'pdfkit'

import { displayName } from '../../../../src/kernel/lib/displayName'
import { frenchDate } from '../../../../src/kernel/lib/frenchDates'
import { LANGUAGE_LEVELS } from '../options'

type Row = Record<string, string | null | undefined>

export type PrintableDraft = {
  kind: 'cv' | 'cover-letter'
  title: string
  candidate: { firstName?: string | null; lastName?: string | null; email?: string | null; phone?: string | null; status?: string | null }
  cv?: { headline?: string | null; summary?: string | null; experiences?: Row[] | null; trainings?: Row[] | null; skills?: Row[] | null; languages?: Row[] | null } | null
  letter?: { company?: string | null; position?: string | null; body?: string | null } | null
  date: Date
}

const levelLabel = (value: string | null | undefined) => LANGUAGE_LEVELS.find((level) => level.value === value)?.label.fr ?? ''
const fullName = (candidate: PrintableDraft['candidate']) => displayName(candidate, { useEmail: false, fallback: '' })
const joined = (...parts: (string | null | undefined)[]) => parts.map((part) => part?.trim()).filter(Boolean).join(' — ')

const toBuffer = (draw: (doc: PDFKit.PDFDocument) => void, title: string): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 50, info: { Title: title, Author: 'Tremplin' } })
    const chunks: Buffer[] = []
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
    draw(doc)
    doc.end()
  })

const heading = (doc: PDFKit.PDFDocument, text: string) => {
  doc.moveDown(0.8).fontSize(13).font('Helvetica-Bold').fillColor('#1d4ed8').text(text.toUpperCase())
  doc.moveTo(doc.page.margins.left, doc.y + 2).lineTo(doc.page.width - doc.page.margins.right, doc.y + 2).strokeColor('#1d4ed8').stroke()
  doc.moveDown(0.4).fillColor('black').font('Helvetica').fontSize(10)
}

const drawCv = (doc: PDFKit.PDFDocument, draft: PrintableDraft) => {
  const { candidate, cv } = draft
  doc.fontSize(20).font('Helvetica-Bold').text(fullName(candidate) || draft.title)
  if (cv?.headline) doc.fontSize(13).font('Helvetica').fillColor('#444').text(cv.headline)
  doc.fontSize(10).fillColor('#444').text(joined(candidate.email, candidate.phone)).fillColor('black')
  if (cv?.summary) {
    heading(doc, 'Présentation')
    doc.text(cv.summary)
  }
  const sections: { title: string; rows: Row[]; line: (row: Row) => string; detail: (row: Row) => string }[] = [
    { title: 'Expériences professionnelles', rows: cv?.experiences ?? [], line: (row) => joined(row.role, row.employer, row.place), detail: (row) => row.description ?? '' },
    { title: 'Formations', rows: cv?.trainings ?? [], line: (row) => joined(row.diploma, row.school), detail: (row) => row.description ?? '' },
  ]
  for (const { title, rows, line, detail } of sections) {
    if (rows.length === 0) continue
    heading(doc, title)
    for (const row of rows) {
      doc.font('Helvetica-Bold').text(line(row))
      if (row.period) doc.font('Helvetica-Oblique').fillColor('#444').text(row.period).fillColor('black')
      if (detail(row)) doc.font('Helvetica').text(detail(row))
      doc.moveDown(0.4)
    }
  }
  if (cv?.skills?.length) {
    heading(doc, 'Compétences')
    for (const row of cv.skills) doc.text(`• ${row.skill ?? ''}`)
  }
  if (cv?.languages?.length) {
    heading(doc, 'Langues')
    for (const row of cv.languages) doc.text(`• ${joined(row.language, levelLabel(row.level))}`)
  }
}

const drawLetter = (doc: PDFKit.PDFDocument, draft: PrintableDraft) => {
  const { candidate, letter } = draft
  doc.fontSize(11).font('Helvetica-Bold').text(fullName(candidate))
  doc.font('Helvetica').text(candidate.email ?? '')
  if (candidate.phone) doc.text(candidate.phone)
  doc.moveDown()
  if (letter?.company) doc.text(letter.company, { align: 'right' })
  doc.text(`Le ${frenchDate(draft.date)}`, { align: 'right' })
  doc.moveDown(1.5)
  if (letter?.position) doc.font('Helvetica-Bold').text(`Objet : candidature — ${letter.position}`).font('Helvetica').moveDown()
  doc.text(letter?.body ?? '', { align: 'justify' })
}

/** The CV or the cover letter as an A4 PDF, with what was typed and the candidate's contact. */
export const renderDraftPdf = (draft: PrintableDraft): Promise<Buffer> =>
  toBuffer((doc) => (draft.kind === 'cover-letter' ? drawLetter(doc, draft) : drawCv(doc, draft)), draft.title)
