import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { api, login, staff } from '../helpers/api'
import { PEOPLE, asCandidate, asStaff, findFirst } from './placement-helpers'

/**
 * Issue #16, lean accounts: the Atouts candidate file lives in `candidate-profiles`, one-to-one
 * with the account, read with its own access; the core's `accounts` keeps no column of it.
 */
const databaseUrl = inject('databaseUrl')
let db: pg.Client

beforeAll(async () => {
  db = new pg.Client({ connectionString: databaseUrl })
  await db.connect()
})
afterAll(async () => {
  await db?.end()
})

const profileOf = async (token: string, accountId: number) => api(`/api/candidate-profiles?where[account][equals]=${accountId}&depth=0`, { token })
const accountOf = async (email: string) => findFirst(await asStaff(PEOPLE.referent), 'accounts', `where[email][equals]=${email}`)

describe('Comptes allégés : le dossier candidat Atouts est une collection du module (issue #16)', () => {
  it('La table des comptes ne porte aucune colonne du dossier candidat', async () => {
    const { rows } = await db.query<{ column_name: string }>(`SELECT column_name FROM information_schema.columns WHERE table_name = 'accounts'`)
    const columns = rows.map((row) => row.column_name)
    expect(columns).toContain('family_contact_name')
    for (const column of columns) expect(column).not.toMatch(/secondary_email|nationality|candidate_profile|training|diploma|rqth|internship|project/)
  })

  it('Le référent établissement lit le dossier d’Emma ; ni le référent de Mission Locale, ni l’administrateur de Mission Locale, ni l’employeur', async () => {
    const emma = await accountOf(PEOPLE.emma)
    const own = await profileOf(await asStaff(PEOPLE.referent), emma.id)
    expect(own.status).toBe(200)
    expect(own.body.docs).toHaveLength(1)
    expect(own.body.docs[0].training).toBe('Bac pro Accueil')
    expect(own.body.docs[0].rqth).toBe(true)
    for (const email of [staff('referent-accounts'), staff('admin'), PEOPLE.employer, PEOPLE.referentCreteil]) {
      const { status, body } = await profileOf(await login(email), emma.id)
      expect([200, 403], email).toContain(status)
      expect(body.docs ?? [], email).toHaveLength(0)
    }
  })

  it('Un compte créé dans un établissement reçoit son dossier candidat vide, dans la même écriture', async () => {
    const token = await asStaff(PEOPLE.referent)
    const structure = (await findFirst(token, 'accounts', `where[email][equals]=${PEOPLE.emma}`)).structure
    const created = await api('/api/accounts', {
      method: 'POST',
      token,
      body: { email: `dossier-${Date.now()}@exemple.fr`, lastName: 'Dossier', firstName: 'Léa', birthDate: '2004-04-04', structure, iAmReferent: true },
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const { body } = await profileOf(token, created.body.doc.id)
    expect(body.docs).toHaveLength(1)
    expect(body.docs[0].project ?? null).toBeNull()
  })

  it('Le candidat lit et modifie son propre dossier, pas celui d’un autre ; il ne peut ni en créer ni changer de compte', async () => {
    const [ines, emma] = [await accountOf(PEOPLE.ines), await accountOf(PEOPLE.emma)]
    const token = await asCandidate(PEOPLE.ines)
    const mine = (await profileOf(token, ines.id)).body.docs[0]
    expect(mine).toBeDefined()
    expect((await profileOf(token, emma.id)).body.docs).toHaveLength(0)
    const updated = await api(`/api/candidate-profiles/${mine.id}`, { method: 'PATCH', token, body: { project: 'Maintenance ferroviaire, en alternance.', account: emma.id } })
    expect(updated.status, JSON.stringify(updated.body)).toBe(200)
    const after = (await profileOf(await asStaff(PEOPLE.referent), ines.id)).body.docs[0]
    expect(after.project).toBe('Maintenance ferroviaire, en alternance.')
    expect(after.account).toBe(ines.id)
    expect((await api('/api/candidate-profiles', { method: 'POST', token, body: { account: ines.id, project: 'Un second dossier' } })).status).toBe(403)
  })

  it('« Mes données » du candidat contient son dossier candidat', async () => {
    const token = await asCandidate(PEOPLE.emma)
    const { status, body } = await api('/api/accounts/my-data', { token })
    expect(status).toBe(200)
    const section = (body.sections as { collection: string; docs: Record<string, unknown>[] }[]).find((s) => s.collection === 'candidate-profiles')
    expect(section?.docs).toHaveLength(1)
    expect(section?.docs[0].training).toBe('Bac pro Accueil')
  })
})
