import pg from 'pg'
import { describe, expect, it, inject } from 'vitest'

import { api } from '../helpers/api'
import { PEOPLE, asCandidate, asStaff, findFirst } from './placement-helpers'

const bobigny = async (token: string) => findFirst(token, 'structures', 'where[name][like]=Bobigny')

const minorBirthDate = () => {
  const date = new Date()
  date.setFullYear(date.getFullYear() - 15)
  return date.toISOString().slice(0, 10)
}

describe('Atouts pour tous : création des comptes', () => {
  it('Le chargé de mission crée un référent établissement, mais pas un employeur', async () => {
    const token = await asStaff(PEOPLE.missionOfficer)
    const structure = await bobigny(token)
    const created = await api('/api/users', {
      method: 'POST',
      token,
      body: { email: `referent-${Date.now()}@tremplin.test`, password: 'Tremplin2026!', lastName: 'Nouveau', roles: ['establishment-referent'], structures: [structure.id] },
    })
    expect(created.status).toBe(201)
    const refused = await api('/api/users', {
      method: 'POST',
      token,
      body: { email: `employeur-${Date.now()}@tremplin.test`, password: 'Tremplin2026!', lastName: 'Refusé', roles: ['employer'], structures: [structure.id] },
    })
    expect(refused.status).toBe(403)
  })

  it('Le référent crée un candidat en se déclarant son référent : le compte est activé', async () => {
    const token = await asStaff(PEOPLE.referent)
    const structure = await bobigny(token)
    const { status, body } = await api('/api/accounts', {
      method: 'POST',
      token,
      body: { email: `candidat-${Date.now()}@exemple.fr`, lastName: 'Nouvelle', firstName: 'Alice', birthDate: '2004-04-04', structure: structure.id, iAmReferent: true, autonomous: true },
    })
    expect(status).toBe(201)
    const me = await findFirst(token, 'users', `where[email][equals]=${PEOPLE.referent}`)
    expect(body.doc.referents.map((r: { id: number } | number) => (typeof r === 'object' ? r.id : r))).toEqual([me.id])
    expect(body.doc.autonomous).toBe(true)
    expect(body.doc.status).toBe('enabled')
  })

  it('Un candidat sans référent établissement est refusé', async () => {
    const token = await asStaff(PEOPLE.referent)
    const structure = await bobigny(token)
    const { status, body } = await api('/api/accounts', {
      method: 'POST',
      token,
      body: { email: `sans-referent-${Date.now()}@exemple.fr`, lastName: 'Seul', birthDate: '2004-04-04', structure: structure.id },
    })
    expect(status).toBe(400)
    expect(body.errors[0].data.errors[0].path).toBe('referents')
    expect(body.errors[0].data.errors[0].message).toContain('référent établissement')
  })

  it("Un référent d'un autre établissement ne peut pas être désigné référent", async () => {
    const token = await asStaff(PEOPLE.referent)
    const structure = await bobigny(token)
    const creteil = await findFirst(await asStaff(PEOPLE.referentCreteil), 'users', `where[email][equals]=${PEOPLE.referentCreteil}`)
    const { status, body } = await api('/api/accounts', {
      method: 'POST',
      token,
      body: { email: `mauvais-referent-${Date.now()}@exemple.fr`, lastName: 'Autre', birthDate: '2004-04-04', structure: structure.id, referents: [creteil.id] },
    })
    expect(status).toBe(400)
    expect(body.errors[0].data.errors[0].path).toBe('referents')
  })

  it('Un candidat sans date de naissance est refusé', async () => {
    const token = await asStaff(PEOPLE.referent)
    const { status, body } = await api('/api/accounts', {
      method: 'POST',
      token,
      body: { email: `sans-date-${Date.now()}@exemple.fr`, lastName: 'Sans date', structure: (await bobigny(token)).id, iAmReferent: true },
    })
    expect(status).toBe(400)
    expect(body.errors[0].data.errors[0].path).toBe('birthDate')
  })

  it('Un candidat mineur sans contact familial est refusé, avec un message qui nomme le champ', async () => {
    const token = await asStaff(PEOPLE.referent)
    const { status, body } = await api('/api/accounts', {
      method: 'POST',
      token,
      body: { email: `mineur-${Date.now()}@exemple.fr`, lastName: 'Mineur', birthDate: minorBirthDate(), structure: (await bobigny(token)).id, iAmReferent: true },
    })
    expect(status).toBe(400)
    expect(body.errors[0].data.errors[0].path).toBe('familyContact.name')
    expect(body.errors[0].data.errors[0].message).toContain('Contact familial')
  })

  it('Un candidat mineur avec son contact familial est créé', async () => {
    const token = await asStaff(PEOPLE.missionOfficer)
    const { status } = await api('/api/accounts', {
      method: 'POST',
      token,
      body: {
        email: `mineur-ok-${Date.now()}@exemple.fr`,
        lastName: 'Mineur',
        birthDate: minorBirthDate(),
        structure: (await bobigny(token)).id,
        iAmReferent: true,
        familyContact: { name: 'Parent Mineur', phone: '0611223344' },
      },
    })
    expect(status).toBe(201)
  })

  it("Un référent ne crée pas de candidat dans un autre établissement", async () => {
    const token = await asStaff(PEOPLE.referent)
    const creteil = await findFirst(await asStaff(PEOPLE.referentCreteil), 'structures', 'where[name][like]=Créteil&where[type][equals]=establishment')
    const { status } = await api('/api/accounts', {
      method: 'POST',
      token,
      body: { email: `hors-scope-${Date.now()}@exemple.fr`, lastName: 'Hors', birthDate: '2004-04-04', structure: creteil.id, iAmReferent: true },
    })
    expect(status).toBe(403)
  })
})

describe('Atouts pour tous : offres et annuaire', () => {
  it("L'employeur publie une offre pour son entreprise, jamais pour une autre", async () => {
    const token = await asStaff(PEOPLE.employer)
    const companies = (await api('/api/directory/employers', { token })).body.docs
    const own = companies.find((c: { name: string }) => c.name.includes('Transports'))
    const other = companies.find((c: { name: string }) => c.name.includes('Hôtellerie'))
    const created = await api('/api/offers', { method: 'POST', token, body: { title: 'Agent de quai (H/F)', reference: 'TIDF-Q1', structure: own.id, postalCode: '93200', sector: 'transport', contractType: 'cdi' } })
    expect(created.status).toBe(201)
    expect(created.body.doc.department).toBe('93')
    expect(created.body.doc.employerName).toBe(own.name)
    expect((await api('/api/offers', { method: 'POST', token, body: { title: 'Usurpée', structure: other.id } })).status).toBe(403)
    const foreign = await findFirst(token, 'offers', 'where[reference][equals]=HSD-001')
    expect((await api(`/api/offers/${foreign.id}`, { method: 'PATCH', token, body: { title: 'Modifiée' } })).status).toBe(403)
  })

  it('Le candidat cherche les offres publiées avec les filtres du manuel ; les offres clôturées sont cachées', async () => {
    const token = await asCandidate(PEOPLE.ines)
    const byDepartment = await api('/api/offers?where[department][equals]=93&limit=50', { token })
    expect(byDepartment.body.docs.length).toBeGreaterThan(0)
    expect(byDepartment.body.docs.every((o: { department: string }) => o.department === '93')).toBe(true)
    const filtered = await api('/api/offers?where[employerName][like]=Hôtellerie&where[contractType][equals]=work-study&where[sector][equals]=hospitality&limit=50', { token })
    expect(filtered.body.docs.map((o: { reference: string }) => o.reference)).toEqual(['HSD-002'])
    expect((await api('/api/offers?where[reference][equals]=TIDF-003', { token })).body.totalDocs).toBe(0)
    const employer = await asStaff(PEOPLE.employer)
    expect((await api('/api/offers?where[reference][equals]=TIDF-003', { token: employer })).body.totalDocs).toBe(1)
  })

  it("La recherche par intitulé trouve une partie de mot et PostgreSQL la sert par l'index trigramme", async () => {
    const token = await asCandidate(PEOPLE.ines)
    const found = await api('/api/offers?where[title][like]=quai&limit=50', { token })
    expect(found.body.docs.map((o: { title: string }) => o.title)).toContain('Agent de quai (H/F)')
    const client = new pg.Client({ connectionString: inject('databaseUrl') })
    await client.connect()
    try {
      const { rows: indexes } = await client.query(`SELECT indexname FROM pg_indexes WHERE tablename = 'offers' AND indexdef LIKE '%USING gin%gin_trgm_ops%' ORDER BY indexname`)
      expect(indexes.map((row) => row.indexname)).toEqual(['offers_employer_name_trgm_idx', 'offers_title_trgm_idx'])
      // A handful of test rows makes a scan cheaper; forbid it to see whether the index can serve the search at all.
      await client.query('BEGIN')
      await client.query('SET LOCAL enable_seqscan = off')
      const { rows: plan } = await client.query(`EXPLAIN SELECT id FROM offers WHERE title ILIKE '%quai%'`)
      await client.query('COMMIT')
      expect(plan.map((row) => row['QUERY PLAN']).join('\n')).toContain('offers_title_trgm_idx')
    } finally {
      await client.end()
    }
  })

  it("L'annuaire liste les référents établissements par établissement, avec fonction, e-mail et téléphone", async () => {
    const token = await asStaff(PEOPLE.employer)
    const structure = await findFirst(await asStaff(PEOPLE.referent), 'structures', 'where[name][like]=Bobigny')
    const { status, body } = await api(`/api/directory/referents?establishment=${structure.id}`, { token })
    expect(status).toBe(200)
    const referent = body.docs.find((doc: { email: string }) => doc.email === PEOPLE.referent)
    expect(referent).toMatchObject({ name: 'Émilie Faure', jobTitle: 'Professeure principale' })
    expect(body.docs.map((doc: { email: string }) => doc.email)).not.toContain(PEOPLE.referentCreteil)
    const byName = await api('/api/directory/referents?establishment=Créteil', { token })
    expect(byName.body.docs.map((doc: { email: string }) => doc.email)).toEqual([PEOPLE.referentCreteil])
  })

  it("L'annuaire des employeurs montre leurs offres ; il est fermé aux candidats", async () => {
    const token = await asStaff(PEOPLE.referent)
    const { body } = await api('/api/directory/employers?q=Hôtellerie', { token })
    expect(body.docs).toHaveLength(1)
    expect(body.docs[0].offers.map((o: { reference: string }) => o.reference).sort()).toEqual(['HSD-001', 'HSD-002'])
    expect(body.docs[0].referents.map((r: { email: string }) => r.email)).toEqual([PEOPLE.employerHotellerie])
    expect((await api('/api/directory/employers', { token: await asCandidate(PEOPLE.ines) })).status).toBe(403)
  })
})
