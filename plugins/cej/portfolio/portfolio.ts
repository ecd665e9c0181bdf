import { sql } from 'drizzle-orm'
import type { PayloadRequest, Where } from 'payload'

import { SECTION_ROLES } from '../../../src/kernel/access'
import { drizzleFor, tableNameOf } from '../../../src/kernel/db/requestDb'
import { invalidField } from '../../../src/kernel/lib/errors'
import { CEJ_SLUGS } from '../slugs'
import { requireCejStaff } from './access'
import { NEVER_LOGGED_IN, situationLabel } from './options'
import { unreadByYoungPeople } from './related'

export type PortfolioRow = {
  id: number
  firstName: string
  lastName: string
  /** « NOM Prénom », as the manual lists beneficiaries. */
  name: string
  situation: string | null
  situationLabel: string
  lastActivityAt: string | null
  /** « Aujourd'hui à 14h43 », « Hier à 18h04 », « Le 19/12/2022 à 11h02 », or « Compte non activé ». */
  lastActivity: string
  actions: number
  /** Messages the young person has not read yet (0 while messaging is absent). */
  unreadByYoungPerson: number
}

/** The sortable columns; `-column` sorts descending. */
export const PORTFOLIO_COLUMNS = {
  name: 'Bénéficiaire',
  situation: 'Situation',
  lastActivity: 'Dernière activité',
  actions: 'Actions',
  unread: 'Messages non lus par les bénéficiaires',
} as const

export type PortfolioColumn = keyof typeof PORTFOLIO_COLUMNS

const ZONE = 'Europe/Paris'
const dayKey = (date: Date) => date.toLocaleDateString('fr-FR', { timeZone: ZONE })
const time = (date: Date) => date.toLocaleTimeString('fr-FR', { timeZone: ZONE, hour: '2-digit', minute: '2-digit' }).replace(':', 'h')

/** The manual's wording of a last activity, in Paris time. */
export const lastActivityLabel = (iso: string | null | undefined, now = new Date()) => {
  if (!iso) return NEVER_LOGGED_IN
  const date = new Date(iso)
  if (dayKey(date) === dayKey(now)) return `Aujourd'hui à ${time(date)}`
  if (dayKey(date) === dayKey(new Date(now.getTime() - 86_400_000))) return `Hier à ${time(date)}`
  return `Le ${dayKey(date)} à ${time(date)}`
}

/**
 * The CEJ files of these accounts (`cej-profiles`), in one query: the accounts were read with the
 * caller's access already, their files come with them (no query per row).
 */
export const cejProfilesOf = async (req: PayloadRequest, accounts: number[]) => {
  const profiles = new Map<number, { dossierNumber?: string | null; situation?: string | null; cejEndDate?: string | null; lastLoginAt?: string | null }>()
  if (!accounts.length) return profiles
  const { docs } = await req.payload.find({
    collection: CEJ_SLUGS.cejProfiles,
    where: { account: { in: accounts } },
    pagination: false,
    depth: 0,
    select: { account: true, dossierNumber: true, situation: true, cejEndDate: true, lastLoginAt: true },
    overrideAccess: true,
    req,
  })
  for (const profile of docs) profiles.set(Number(profile.account), profile)
  return profiles
}

/** Number of actions per account, in one grouped query. */
const actionCounts = async (req: PayloadRequest, accounts: number[]) => {
  const counts = new Map<number, number>()
  if (!accounts.length) return counts
  const db = await drizzleFor<{ execute: (query: unknown) => Promise<{ rows: { account: number; total: number }[] }> }>(req)
  const { rows } = await db.execute(
    sql`SELECT account_id AS account, count(*)::int AS total FROM ${sql.identifier(tableNameOf(req, CEJ_SLUGS.actions))}
        WHERE account_id = ANY(${`{${accounts.join(',')}}`}::int[]) GROUP BY account_id`,
  )
  for (const row of rows) counts.set(Number(row.account), Number(row.total))
  return counts
}

const readSort = (req: PayloadRequest, sort: string | null | undefined): { column: PortfolioColumn; descending: boolean } => {
  const value = sort || 'name'
  const column = value.replace(/^-/, '') as PortfolioColumn
  if (!(column in PORTFOLIO_COLUMNS)) {
    throw invalidField({ req, path: 'sort', message: `Tri inconnu : « ${value} ». Tris possibles : ${Object.keys(PORTFOLIO_COLUMNS).join(', ')} (précédé de « - » pour l'ordre décroissant).` })
  }
  return { column, descending: value.startsWith('-') }
}

const compare = (column: PortfolioColumn) => (a: PortfolioRow, b: PortfolioRow): number => {
  const byName = `${a.lastName} ${a.firstName}`.localeCompare(`${b.lastName} ${b.firstName}`, 'fr', { sensitivity: 'base' })
  switch (column) {
    case 'situation':
      return a.situationLabel.localeCompare(b.situationLabel, 'fr') || byName
    case 'lastActivity':
      // Never logged in comes first in the ascending order (the oldest activity of all).
      return (a.lastActivityAt ? Date.parse(a.lastActivityAt) : 0) - (b.lastActivityAt ? Date.parse(b.lastActivityAt) : 0) || byName
    case 'actions':
      return a.actions - b.actions || byName
    case 'unread':
      return a.unreadByYoungPerson - b.unreadByYoungPerson || byName
    default:
      return byName
  }
}

/**
 * Rows of young people (accounts) with their situation and last activity (their CEJ files, one
 * query for the page), actions and messages unread by them, searched by first or last name and
 * sorted on any column. `where` picks them (the caller's portfolio, or the Mission Locale's
 * beneficiaries); the caller's read access applies on top, so nobody lists an account of
 * another Mission Locale.
 */
export const beneficiaryRows = async ({ req, where, search, sort }: { req: PayloadRequest; where: Where; search?: string | null; sort?: string | null }) => {
  const order = readSort(req, sort)
  const words = (search ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 4)
  const { docs } = await req.payload.find({
    collection: 'accounts',
    where: {
      and: [
        where,
        { status: { not_equals: 'deleted' } },
        ...words.map((word): Where => ({ or: [{ firstName: { like: word } }, { lastName: { like: word } }] })),
      ],
    },
    pagination: false,
    depth: 0,
    // The listed columns only (issue #16): the rows, and `referents` for « lecture seule ».
    select: { firstName: true, lastName: true, email: true, referents: true },
    overrideAccess: false,
    user: req.user,
    req,
  })
  const accounts = docs
  const ids = accounts.map((a) => a.id)
  const [actions, unread, profiles] = await Promise.all([actionCounts(req, ids), unreadByYoungPeople({ req, accounts: ids }), cejProfilesOf(req, ids)])
  const rows = accounts.map((account) => {
    const profile = profiles.get(account.id)
    return {
      account,
      row: {
        id: account.id,
        firstName: account.firstName ?? '',
        lastName: account.lastName ?? '',
        name: [account.lastName?.toUpperCase(), account.firstName].filter(Boolean).join(' ') || String(account.email ?? ''),
        situation: profile?.situation ?? null,
        situationLabel: situationLabel(profile?.situation),
        lastActivityAt: profile?.lastLoginAt ?? null,
        lastActivity: lastActivityLabel(profile?.lastLoginAt),
        actions: actions.get(account.id) ?? 0,
        unreadByYoungPerson: unread.get(account.id) ?? 0,
      } satisfies PortfolioRow,
    }
  })
  const byColumn = compare(order.column)
  rows.sort((a, b) => (order.descending ? -byColumn(a.row, b.row) : byColumn(a.row, b.row)))
  return rows
}

export const PAGE_SIZE = 20

const paginate = <T>(rows: T[], page: number, limit: number) => {
  const totalPages = Math.max(1, Math.ceil(rows.length / limit))
  const current = Math.min(Math.max(1, page), totalPages)
  return { docs: rows.slice((current - 1) * limit, current * limit), totalDocs: rows.length, page: current, totalPages, limit }
}

const readPage = (req: PayloadRequest, value: string | null | undefined) => {
  if (value === null || value === undefined || value === '') return 1
  const page = Number(value)
  if (!Number.isInteger(page) || page < 1) throw invalidField({ req, path: 'page', message: 'Numéro de page attendu : un entier à partir de 1.' })
  return page
}

/** « Portefeuille »: the young people the caller follows (`referents`). */
export const portfolio = async ({ req, search, sort, page, limit = PAGE_SIZE }: { req: PayloadRequest; search?: string | null; sort?: string | null; page?: string | null; limit?: number }) => {
  const user = requireCejStaff(req)
  const rows = await beneficiaryRows({ req, where: { referents: { in: [user.id] } }, search, sort })
  return paginate(
    rows.map(({ row }) => row),
    readPage(req, page),
    limit,
  )
}

/** Every row of the portfolio, for the CSV download. */
export const portfolioCsv = async ({ req, search, sort }: { req: PayloadRequest; search?: string | null; sort?: string | null }) => {
  const user = requireCejStaff(req)
  const rows = await beneficiaryRows({ req, where: { referents: { in: [user.id] } }, search, sort })
  const cell = (value: unknown) => {
    let text = value == null ? '' : String(value)
    if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`
    return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
  }
  const line = (values: unknown[]) => `${values.map(cell).join(';')}\r\n`
  return (
    '\uFEFF' +
    line(Object.values(PORTFOLIO_COLUMNS)) +
    rows.map(({ row }) => line([row.name, row.situationLabel, row.lastActivity, row.actions, row.unreadByYoungPerson])).join('')
  )
}

/**
 * « La page bénéficiaires »: the young people followed in the caller's Mission Locale(s) by
 * anyone, each marked `readOnly` unless the caller follows them (colleagues only read).
 */
export const missionLocaleBeneficiaries = async ({ req, search, sort, page, limit = PAGE_SIZE }: { req: PayloadRequest; search?: string | null; sort?: string | null; page?: string | null; limit?: number }) => {
  const user = requireCejStaff(req)
  // The CEJ staff of the caller's structures (their read access on users says which).
  const { docs: colleagues } = await req.payload.find({
    collection: 'users',
    where: { roles: { in: [...SECTION_ROLES.cej] } },
    pagination: false,
    depth: 0,
    select: {},
    overrideAccess: false,
    user: req.user,
    req,
  })
  const staff = [...new Set([user.id, ...colleagues.map((c) => c.id)].map(Number))]
  const rows = await beneficiaryRows({ req, where: { referents: { in: staff } }, search, sort })
  return paginate(
    rows.map(({ account, row }) => ({
      ...row,
      readOnly: !(Array.isArray(account.referents) ? account.referents : []).some((r) => String(typeof r === 'object' ? (r as { id: unknown }).id : r) === String(user.id)),
    })),
    readPage(req, page),
    limit,
  )
}
