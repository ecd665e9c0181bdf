import { parse } from 'csv-parse/sync'
import ExcelJS from 'exceljs'

/** A cell as the checks read it: text, or a date when the spreadsheet stored one. */
export type Cell = string | Date
/** One line of the file: its number as the user sees it (the header is line 1) and its cells by column. */
export type SheetLine = { line: number; cells: Cell[] }
export type Sheet = { headers: string[]; lines: SheetLine[] }

export class UnreadableFile extends Error {}

const XLSX_SIGNATURE = [0x50, 0x4b, 0x03, 0x04]

/** True for an .xlsx file (a ZIP container), whatever its name says. */
export const isSpreadsheet = (bytes: Buffer) => XLSX_SIGNATURE.every((byte, index) => bytes[index] === byte)

/** A CSV file (`;`, `,` or tab, UTF-8 with or without BOM) through csv-parse, keeping each record's line number. */
const readCsv = (bytes: Buffer): Sheet => {
  let records: { record: string[]; info: { lines: number } }[]
  try {
    records = parse(bytes, { bom: true, delimiter: [';', ',', '\t'], relax_column_count: true, skip_empty_lines: true, trim: true, info: true }) as unknown as typeof records
  } catch (error) {
    throw new UnreadableFile(`Fichier CSV illisible : ${(error as Error).message}`)
  }
  const [header, ...rest] = records
  if (!header) return { headers: [], lines: [] }
  return { headers: header.record, lines: rest.map(({ record, info }) => ({ line: info.lines, cells: record })) }
}

/** The text (or date) of an ExcelJS cell value: rich text, hyperlinks (e-mails) and formulas included. */
const cellOf = (value: ExcelJS.CellValue): Cell => {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) return value
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('').trim()
    if ('text' in value) return String((value as { text: unknown }).text ?? '').trim()
    if ('result' in value) return cellOf((value as { result: ExcelJS.CellValue }).result)
    return ''
  }
  return String(value).trim()
}

/** The first worksheet of an .xlsx workbook through ExcelJS; the first row holds the headers. */
const readXlsx = async (bytes: Buffer): Promise<Sheet> => {
  const workbook = new ExcelJS.Workbook()
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer)
  } catch (error) {
    throw new UnreadableFile(`Classeur Excel illisible : ${(error as Error).message}`)
  }
  const sheet = workbook.worksheets[0]
  if (!sheet) return { headers: [], lines: [] }
  const rows: SheetLine[] = []
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const values = (row.values as ExcelJS.CellValue[]).slice(1)
    const cells = values.map(cellOf)
    if (cells.some((cell) => cell !== '')) rows.push({ line: number, cells })
  })
  const [header, ...lines] = rows
  return { headers: (header?.cells ?? []).map(String), lines }
}

/** A CSV or .xlsx file's header and lines; `UnreadableFile` when neither parser can read it. */
export const readSheet = (bytes: Buffer): Promise<Sheet> | Sheet => (isSpreadsheet(bytes) ? readXlsx(bytes) : readCsv(bytes))
