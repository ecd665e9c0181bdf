import PDFDocument from 'pdfkit'

import { blockText, lexicalBlocks, type Block, type Run } from '../lexicalBlocks'
import { isLogoTag, mergeTagsOf, mergeText, type MergeContext } from '../mergeFields'

const HEADING_SIZES: Record<number, number> = { 1: 20, 2: 16, 3: 14, 4: 13, 5: 12, 6: 12 }
const LOGO_FIT: [number, number] = [180, 70]

const fontOf = (run: Run) => (run.isBold && run.isItalic ? 'Helvetica-BoldOblique' : run.isBold ? 'Helvetica-Bold' : run.isItalic ? 'Helvetica-Oblique' : 'Helvetica')

/**
 * A block's runs with the merge fields replaced. A field written across two runs (half of it in
 * bold) cannot keep both styles: that block is merged as plain text.
 */
const mergedRuns = (block: Block, context: MergeContext): Run[] => {
  const whole = blockText(block)
  const perRun = block.runs.reduce((count, run) => count + mergeTagsOf(run.text).length, 0)
  if (perRun !== mergeTagsOf(whole).length) return [{ text: mergeText(whole, context), isBold: false, isItalic: false, isUnderlined: false }]
  return block.runs.map((run) => ({ ...run, text: mergeText(run.text, context) }))
}

const drawLogo = (doc: PDFKit.PDFDocument, logo: Buffer) => {
  try {
    doc.image(logo, { fit: LOGO_FIT })
    doc.moveDown()
  } catch {
    // An image pdfkit cannot read: the letter goes out without it rather than not at all.
  }
}

/**
 * One letter as a PDF (A4): the structure's logo (at `{{logo}}`, else at the top), then the
 * template's blocks with the young person's, counsellor's and structure's values merged in.
 */
export const renderLetter = ({ body, context, logo, title }: { body: unknown; context: MergeContext; logo: Buffer | null; title: string }): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: title, Author: 'Tremplin' } })
    const chunks: Buffer[] = []
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
    const blocks = lexicalBlocks(body)
    const hasLogoTag = blocks.some((block) => isLogoTag(blockText(block)))
    if (logo && !hasLogoTag) drawLogo(doc, logo)
    for (const block of blocks) {
      if (isLogoTag(blockText(block))) {
        if (logo) drawLogo(doc, logo)
        continue
      }
      const runs = mergedRuns(block, context).filter((run) => run.text !== '')
      const size = block.kind === 'heading' ? HEADING_SIZES[block.level] ?? 12 : 11
      doc.fontSize(size)
      if (runs.length === 0) {
        doc.moveDown(0.6)
        continue
      }
      const prefix = block.kind === 'listitem' ? '•  ' : ''
      runs.forEach((run, index) => {
        const isLast = index === runs.length - 1
        doc.font(block.kind === 'heading' ? 'Helvetica-Bold' : fontOf(run)).text(`${index === 0 ? prefix : ''}${run.text}`, {
          continued: !isLast,
          underline: run.isUnderlined,
          indent: block.kind === 'quote' ? 20 : 0,
        })
      })
      doc.moveDown(block.kind === 'listitem' ? 0.2 : 0.6)
    }
    doc.end()
  })
