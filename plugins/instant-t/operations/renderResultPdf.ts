import PDFDocument from 'pdfkit'

import type { AnsweredQuestion, CategoryScore } from '../types'

export type PrintableResult = {
  code: string
  postalCode: string
  createdAt: string
  missionLocale?: string | null
  accountName?: string | null
  scores: CategoryScore[]
  answers: AnsweredQuestion[]
}

const dateFormat = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Paris' })
const formatDate = (iso: string) => dateFormat.format(new Date(iso))

/** The result and its answers on A4, for a counsellor to attach to the young person's file. */
export const renderResultPdf = (result: PrintableResult): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 50, info: { Title: `Instant-T ${result.code}`, Author: 'Tremplin' } })
    const chunks: Buffer[] = []
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)

    doc.fontSize(18).text(`Résultat Instant-T — code ${result.code}`)
    doc.moveDown(0.5).fontSize(10).fillColor('#444')
    doc.text(`Date de passation du test : ${formatDate(result.createdAt)}`)
    doc.text(`Code postal : ${result.postalCode}`)
    if (result.missionLocale) doc.text(`Mission Locale : ${result.missionLocale}`)
    doc.text(`Compte : ${result.accountName ?? 'Anonyme'}`)
    doc.fillColor('black').moveDown()

    // Scores table with a bar per category.
    const left = doc.page.margins.left
    const columns = { category: left, score: left + 150, percent: left + 220, bar: left + 300 }
    const barWidth = 190
    doc.fontSize(11).font('Helvetica-Bold')
    let y = doc.y
    doc.text('Catégorie', columns.category, y).text('Score', columns.score, y).text('Pourcentage', columns.percent, y)
    doc.font('Helvetica')
    y += 20
    for (const score of result.scores) {
      doc.text(score.category, columns.category, y).text(`${score.score} / ${score.max}`, columns.score, y).text(`${score.percent} %`, columns.percent, y)
      doc.rect(columns.bar, y, barWidth, 10).fillColor('#e5e7eb').fill()
      doc.rect(columns.bar, y, (barWidth * Math.min(100, score.percent)) / 100, 10).fillColor('#1d4ed8').fill()
      doc.fillColor('black')
      y += 20
    }
    doc.x = left
    doc.y = y + 10

    doc.fontSize(14).font('Helvetica-Bold').text('Réponses aux questions', left)
    let category = ''
    for (const answer of result.answers) {
      if (answer.categoryName !== category) {
        category = answer.categoryName
        doc.moveDown(0.6).fontSize(12).font('Helvetica-Bold').text(category, left)
      }
      doc.moveDown(0.3).fontSize(10).font('Helvetica-Bold').text(answer.questionText, left)
      doc.font('Helvetica').text(`Réponse : ${answer.optionLabel} (${answer.points} / ${answer.maxPoints} pt)`, left)
    }
    doc.end()
  })
