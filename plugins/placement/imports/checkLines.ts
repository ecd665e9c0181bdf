import { ageAt, validatePhone } from '../../../src/kernel/lib/validators'
import type { Cell, Sheet } from './parseFile'

/** A line ready to become a candidate (seed 004, « Création candidat »). */
export type ImportCandidate = {
  line: number
  lastName: string
  firstName: string
  email: string
  birthDate: string
  phone?: string
  secondaryEmail?: string
  nationality?: string
  autonomous: boolean
  familyContact?: { name?: string; phone?: string; relationship?: string; email?: string }
}

/** What is wrong with a line, in French, with the column at fault. */
export type LineError = { line: number; field: string; message: string }

type Field = keyof Omit<ImportCandidate, 'line' | 'familyContact'> | 'familyContact.name' | 'familyContact.phone' | 'familyContact.relationship' | 'familyContact.email'

/** The column headers a file may use (accents, case, spaces and punctuation ignored). */
const HEADERS: Record<Field, string[]> = {
  lastName: ['nom', 'nomdefamille'],
  firstName: ['prenom'],
  email: ['email', 'mail', 'adresseemail', 'courriel', 'adressemail'],
  birthDate: ['datedenaissance', 'naissance', 'datenaissance'],
  phone: ['telephone', 'tel', 'portable'],
  secondaryEmail: ['emailcomplementaire', 'mailcomplementaire'],
  nationality: ['nationalite'],
  autonomous: ['candidatautonome', 'autonome'],
  'familyContact.name': ['contactfamille', 'contactfamillenom', 'contactfamilial', 'contactfamilialnom', 'nomducontactfamilial', 'nomcontactfamille'],
  'familyContact.phone': ['contactfamilletelephone', 'contactfamilialtelephone', 'telephonecontactfamille', 'telephoneducontactfamilial'],
  'familyContact.relationship': ['contactfamillelien', 'liendeparente', 'contactfamilialliendeparente'],
  'familyContact.email': ['contactfamilleemail', 'contactfamilialemail', 'emailcontactfamille'],
}

/** Columns a file must have, with the label the user reads. */
export const REQUIRED_COLUMNS: [Field, string][] = [
  ['lastName', 'Nom'],
  ['email', 'Email'],
  ['birthDate', 'Date de naissance'],
]

export const COLUMN_LABELS: Record<string, string> = {
  lastName: 'Nom',
  firstName: 'Prénom',
  email: 'Email',
  birthDate: 'Date de naissance',
  phone: 'Téléphone',
  secondaryEmail: 'Email complémentaire',
  nationality: 'Nationalité',
  autonomous: 'Candidat autonome',
  'familyContact.name': 'Contact famille',
  'familyContact.phone': 'Contact famille téléphone',
  'familyContact.relationship': 'Lien de parenté',
  'familyContact.email': 'Contact famille email',
}

const EMAIL = /^[^\s@;,]+@[^\s@;,]+\.[^\s@;,]+$/

const keyOf = (header: string) =>
  header
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')

/** Which column holds which field; a header nobody knows is ignored. */
export const mapColumns = (headers: string[]): Partial<Record<Field, number>> => {
  const columns: Partial<Record<Field, number>> = {}
  headers.forEach((header, index) => {
    const key = keyOf(header)
    const field = (Object.keys(HEADERS) as Field[]).find((candidate) => HEADERS[candidate].includes(key))
    if (field && columns[field] === undefined) columns[field] = index
  })
  return columns
}

const pad = (value: number) => String(value).padStart(2, '0')

/**
 * A birth date as `AAAA-MM-JJ`, from a spreadsheet date or the text `JJ/MM/AAAA` (also with `-`
 * or `.`) or `AAAA-MM-JJ`; null when it is no real date (31/02/2005).
 */
export const parseBirthDate = (cell: Cell): string | null => {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? null : `${cell.getUTCFullYear()}-${pad(cell.getUTCMonth() + 1)}-${pad(cell.getUTCDate())}`
  const text = cell.trim()
  const french = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text)
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text)
  const [year, month, day] = french ? [Number(french[3]), Number(french[2]), Number(french[1])] : iso ? [Number(iso[1]), Number(iso[2]), Number(iso[3])] : [NaN, NaN, NaN]
  if (!Number.isInteger(year)) return null
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null
  return `${year}-${pad(month)}-${pad(day)}`
}

const YES = new Set(['oui', 'o', 'yes', 'y', 'vrai', 'true', '1', 'x'])
const NO = new Set(['', 'non', 'n', 'no', 'faux', 'false', '0'])

/**
 * Every line of the file checked as the candidate creation form would (seed 004): name, e-mail
 * (its login: once per file), birth date (a real one, in the past), a family contact for a minor
 * (name and phone), valid phones and e-mails. A line with errors is reported, never imported.
 */
export const checkLines = ({ sheet, today = new Date() }: { sheet: Sheet; today?: Date }) => {
  const columns = mapColumns(sheet.headers)
  const missingColumns = REQUIRED_COLUMNS.filter(([field]) => columns[field] === undefined).map(([, label]) => label)
  const candidates: ImportCandidate[] = []
  const errors: LineError[] = []
  const firstLineOf = new Map<string, number>()
  if (missingColumns.length) return { candidates, errors, missingColumns }
  for (const { line, cells } of sheet.lines) {
    const cell = (field: Field): Cell => {
      const index = columns[field]
      return index === undefined ? '' : (cells[index] ?? '')
    }
    const text = (field: Field) => {
      const value = cell(field)
      return value instanceof Date ? value.toISOString().slice(0, 10) : value.trim()
    }
    const lineErrors: LineError[] = []
    const fail = (field: Field, message: string) => lineErrors.push({ line, field, message })
    const lastName = text('lastName')
    const firstName = text('firstName')
    const email = text('email').toLowerCase()
    if (!lastName) fail('lastName', 'Le nom est obligatoire.')
    if (lastName.length > 100 || firstName.length > 100) fail(lastName.length > 100 ? 'lastName' : 'firstName', 'Le nom et le prénom font 100 caractères au plus.')
    if (!email) fail('email', "L'e-mail est obligatoire : il sert d'identifiant au candidat.")
    else if (!EMAIL.test(email)) fail('email', `Adresse e-mail invalide : « ${email} ».`)
    else if (firstLineOf.has(email)) fail('email', `E-mail en double : « ${email} » figure déjà à la ligne ${firstLineOf.get(email)}.`)
    else firstLineOf.set(email, line)
    const rawBirthDate = cell('birthDate')
    const birthDate = rawBirthDate === '' ? null : parseBirthDate(rawBirthDate)
    if (rawBirthDate === '') fail('birthDate', 'La date de naissance est obligatoire.')
    else if (!birthDate) fail('birthDate', `Date de naissance invalide : « ${text('birthDate')} » (format attendu : JJ/MM/AAAA).`)
    else if (new Date(birthDate) > today) fail('birthDate', `Date de naissance invalide : « ${text('birthDate')} » est dans le futur.`)
    else if (ageAt(birthDate, today) > 99) fail('birthDate', `Date de naissance invalide : « ${text('birthDate')} » (plus de 99 ans).`)
    const phone = text('phone')
    if (phone && validatePhone(phone) !== true) fail('phone', `Numéro de téléphone invalide : « ${phone} ».`)
    const secondaryEmail = text('secondaryEmail').toLowerCase()
    if (secondaryEmail && !EMAIL.test(secondaryEmail)) fail('secondaryEmail', `E-mail complémentaire invalide : « ${secondaryEmail} ».`)
    const autonomousText = text('autonomous').toLowerCase()
    if (!YES.has(autonomousText) && !NO.has(autonomousText)) fail('autonomous', `« Candidat autonome » attend oui ou non, pas « ${text('autonomous')} ».`)
    const familyContact = {
      name: text('familyContact.name') || undefined,
      phone: text('familyContact.phone') || undefined,
      relationship: text('familyContact.relationship') || undefined,
      email: text('familyContact.email').toLowerCase() || undefined,
    }
    if (familyContact.phone && validatePhone(familyContact.phone) !== true) fail('familyContact.phone', `Téléphone du contact familial invalide : « ${familyContact.phone} ».`)
    if (familyContact.email && !EMAIL.test(familyContact.email)) fail('familyContact.email', `E-mail du contact familial invalide : « ${familyContact.email} ».`)
    if (birthDate && new Date(birthDate) <= today && ageAt(birthDate, today) < 18) {
      if (!familyContact.name) fail('familyContact.name', 'Candidat mineur : le nom du contact familial est obligatoire.')
      if (!familyContact.phone) fail('familyContact.phone', 'Candidat mineur : le téléphone du contact familial est obligatoire.')
    }
    if (lineErrors.length) {
      errors.push(...lineErrors)
      continue
    }
    candidates.push({
      line,
      lastName,
      firstName,
      email,
      birthDate: birthDate!,
      ...(phone ? { phone } : {}),
      ...(secondaryEmail ? { secondaryEmail } : {}),
      ...(text('nationality') ? { nationality: text('nationality') } : {}),
      autonomous: YES.has(autonomousText),
      ...(Object.values(familyContact).some(Boolean) ? { familyContact } : {}),
    })
  }
  return { candidates, errors, missingColumns }
}
