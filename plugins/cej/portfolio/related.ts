import type { Field, PayloadRequest } from 'payload'

import { isCollectionSlug } from '../../../src/kernel/lib/collectionSlug'
import { relationId } from '../../../src/kernel/lib/relationId'

/**
 * Figures the portfolio and the sheet read from collections other CEJ pieces own (messaging,
 * appointments, reassignments). Each is read only if its collection is in the config, so the
 * portfolio works before, and without, those pieces; the names read are DOMAIN.md's.
 */
const hasCollection = (req: PayloadRequest, slug: string) => isCollectionSlug(req.payload, slug)

const fieldNames = (req: PayloadRequest, slug: string): Set<string> => {
  const names = new Set<string>()
  const walk = (fields: Field[]) => {
    for (const field of fields) {
      if ('name' in field && field.name) names.add(field.name)
      if ('fields' in field && Array.isArray(field.fields) && !('name' in field && field.name)) walk(field.fields as Field[])
    }
  }
  walk(isCollectionSlug(req.payload, slug) ? req.payload.collections[slug].config.fields : [])
  return names
}

/**
 * Messages the young person has not read yet, per account: the sum of `unreadByAccount` over
 * their `conversations` (the messaging piece keeps that count per side). 0 while the collection
 * (or that count) is absent.
 */
export const unreadByYoungPeople = async ({ req, accounts }: { req: PayloadRequest; accounts: number[] }): Promise<Map<number, number>> => {
  const counts = new Map<number, number>(accounts.map((id) => [id, 0]))
  if (!accounts.length || !hasCollection(req, 'conversations')) return counts
  const fields = fieldNames(req, 'conversations')
  if (!fields.has('account') || !fields.has('unreadByAccount')) return counts
  const { docs } = await req.payload.find({
    collection: 'conversations',
    where: { account: { in: accounts } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  for (const doc of docs) {
    const id = relationId(doc.account)
    if (id !== null) counts.set(id, (counts.get(id) ?? 0) + Number(doc.unreadByAccount ?? 0))
  }
  return counts
}

export type AppointmentRow = { id: number; title: string; startsAt: string; status: string | null }

/** The young person's appointments between two dates (`appointments`: `youngPeople`, `startsAt`); none while absent. */
export const appointmentsOf = async ({ req, account, from, to }: { req: PayloadRequest; account: number; from?: Date; to?: Date }): Promise<AppointmentRow[]> => {
  if (!hasCollection(req, 'appointments')) return []
  const fields = fieldNames(req, 'appointments')
  const people = ['youngPeople', 'accounts', 'account'].find((name) => fields.has(name))
  if (!people || !fields.has('startsAt')) return []
  const { docs } = await req.payload.find({
    collection: 'appointments',
    where: {
      and: [
        { [people]: { in: [account] } },
        ...(from ? [{ startsAt: { greater_than_equal: from.toISOString() } }] : []),
        ...(to ? [{ startsAt: { less_than: to.toISOString() } }] : []),
      ],
    },
    sort: '-startsAt',
    limit: 100,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs.map((doc) => ({
    id: Number(doc.id),
    title: String(doc.title ?? 'Rendez-vous'),
    startsAt: String(doc.startsAt),
    status: (doc.status as string | undefined) ?? null,
  }))
}

export type CounsellorHistoryRow = { counsellor: string; kind: string; from: string | null; until: string | null; current: boolean }

const nameOf = (user: { firstName?: string | null; lastName?: string | null; email?: string | null } | null | undefined) =>
  user ? [user.firstName, user.lastName].filter(Boolean).join(' ') || String(user.email ?? '') : 'Conseiller inconnu'

const KIND_LABELS: Record<string, string> = { temporary: 'Réaffectation temporaire', definitive: 'Réaffectation définitive' }

/**
 * « Historique des conseillers »: the `reassignments` that moved this young person (newest
 * first) when that collection exists, then their current counsellors. Names are resolved now,
 * from the users, never copied (an unsubscribed counsellor reads « Donnée anonymisée »).
 */
export const counsellorHistory = async ({ req, account }: { req: PayloadRequest; account: { id: number; referents?: unknown; createdAt?: string } }): Promise<CounsellorHistoryRow[]> => {
  const rows: CounsellorHistoryRow[] = []
  const users = async (ids: number[]) =>
    ids.length
      ? ((await req.payload.find({ collection: 'users', where: { id: { in: ids } }, depth: 0, pagination: false, overrideAccess: true, req })).docs as unknown as {
          id: number
          firstName?: string
          lastName?: string
          email?: string
        }[])
      : []
  if (hasCollection(req, 'reassignments')) {
    const config = req.payload.collections['reassignments'].config
    const accountsField = config.fields.find((f) => 'relationTo' in f && f.relationTo === 'accounts' && 'name' in f) as { name: string } | undefined
    const userFields = config.fields.filter((f) => 'relationTo' in f && f.relationTo === 'users' && 'name' in f && !('hasMany' in f && f.hasMany)) as { name: string }[]
    const target = userFields.find((f) => /to|new|target/i.test(f.name)) ?? userFields[userFields.length - 1]
    if (accountsField && target) {
      const { docs } = await req.payload.find({
        collection: 'reassignments',
        where: { [accountsField.name]: { in: [account.id] } },
        sort: '-createdAt',
        limit: 50,
        depth: 0,
        overrideAccess: true,
        req,
      })
      const list = docs as unknown as Record<string, unknown>[]
      const people = await users(list.map((doc) => relationId(doc[target.name])).filter((id): id is number => id !== null))
      for (const doc of list) {
        const until = (doc.until ?? doc.endsAt ?? doc.endDate ?? null) as string | null
        rows.push({
          counsellor: nameOf(people.find((p) => p.id === relationId(doc[target.name]))),
          kind: KIND_LABELS[String(doc.kind ?? doc.type)] ?? 'Réaffectation',
          from: String(doc.createdAt ?? ''),
          until,
          current: false,
        })
      }
    }
  }
  const referents = (Array.isArray(account.referents) ? account.referents : []).map(relationId).filter((id): id is number => id !== null)
  for (const user of await users(referents)) {
    rows.unshift({ counsellor: nameOf(user), kind: 'Conseiller actuel', from: rows.length ? null : (account.createdAt ?? null), until: null, current: true })
  }
  return rows
}
