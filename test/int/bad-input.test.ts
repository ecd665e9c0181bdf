import { describe, expect, it } from 'vitest'

import { api, graphql, login, staff } from '../helpers/api'
import { serverURL } from '../helpers/testEnv'

const countAccounts = async () => {
  const token = await login(staff('super-admin'))
  return (await api('/api/accounts?limit=1', { token })).body.totalDocs as number
}

const expectClientError = (status: number, range = [400, 499]) => {
  expect(status).toBeGreaterThanOrEqual(range[0])
  expect(status).toBeLessThanOrEqual(range[1])
}

describe('Entrées invalides : une erreur 4xx en français, jamais une 500, rien d’écrit à moitié', () => {
  it('JSON mal formé', async () => {
    const before = await countAccounts()
    const response = await fetch(`${serverURL}/api/accounts`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"email": "x@' })
    expectClientError(response.status)
    expect(await countAccounts()).toBe(before)
  })

  it.each([
    ['postalCode', { postalCode: '7500' }, 'Code postal'],
    ['email', { email: 'pas-un-email' }, 'email'],
    ['firstName', { firstName: 'x'.repeat(5000) }, 'firstName'],
    ['birthDate', { birthDate: 'hier' }, 'birthDate'],
    ['familyContact.name', { birthDate: `${new Date().getFullYear() - 15}-01-01` }, 'familyContact'],
  ])('champ invalide à la pré-inscription : %s', async (_field, override, expected) => {
    const before = await countAccounts()
    const { status, body } = await api('/api/accounts', {
      method: 'POST',
      body: { email: `ok.${Date.now()}@exemple.fr`, password: 'MotDePasse-2026!', lastName: 'Test', postalCode: '76000', ...override },
    })
    expect(status, JSON.stringify(body)).toBe(400)
    expect(JSON.stringify(body)).toContain(expected)
    expect(await countAccounts()).toBe(before)
  })

  it.each([
    ['un champ inconnu', { couleurPreferee: 'bleu' }, 'couleurPreferee'],
    ['un champ inconnu dans un groupe', { birthDate: `${new Date().getFullYear() - 15}-01-01`, familyContact: { name: 'Parent', phone: '0601020304', surnom: 'x' } }, 'familyContact.surnom'],
  ])('pré-inscription avec %s : 400 qui nomme le champ, rien d’écrit', async (_case, override, path) => {
    const before = await countAccounts()
    const { status, body } = await api('/api/accounts', {
      method: 'POST',
      body: { email: `inconnu.${Date.now()}@exemple.fr`, password: 'MotDePasse-2026!', lastName: 'Test', postalCode: '76000', ...override },
    })
    expect(status, JSON.stringify(body)).toBe(400)
    expect(body.errors[0].data.errors).toContainEqual(expect.objectContaining({ path, message: expect.stringContaining('Champ inconnu') }))
    expect(body.errors[0]).toMatchObject({ code: 'INVALID', field: expect.any(String) })
    expect(await countAccounts()).toBe(before)
  })

  it('modification avec un champ inconnu : 400, le document reste tel quel', async () => {
    const token = await login(staff('super-admin'))
    const structure = (await api('/api/structures?limit=1&depth=0', { token })).body.docs[0]
    const { status, body } = await api(`/api/structures/${structure.id}`, { method: 'PATCH', token, body: { city: 'Ailleurs', villeTypo: 'x' } })
    expect(status).toBe(400)
    expect(JSON.stringify(body)).toContain('villeTypo')
    expect((await api(`/api/structures/${structure.id}?depth=0`, { token })).body.city).toBe(structure.city)
  })

  it('GraphQL : un champ inconnu dans les données est refusé, rien d’écrit', async () => {
    const token = await login(staff('super-admin'))
    const before = (await api('/api/structures?limit=1', { token })).body.totalDocs
    const { body, status } = await api('/api/graphql', {
      method: 'POST',
      token,
      body: { query: 'mutation { createStructure(data: { name: "Fantôme", type: partner, champInconnu: "x" }) { id } }' },
    })
    expect(status).toBeLessThan(500)
    expect(JSON.stringify(body.errors)).toContain('champInconnu')
    expect((await api('/api/structures?limit=1', { token })).body.totalDocs).toBe(before)
  })

  it('GraphQL : les erreurs portent le même code stable que REST (extensions.code), et le champ fautif', async () => {
    const token = await login(staff('referent-accounts'))
    const missing = await graphql('query { Account(id: 999999) { id } }', {}, token)
    expect(missing.errors?.[0]?.extensions).toMatchObject({ statusCode: 404, code: 'NOT_FOUND' })
    const forbidden = await graphql('query { PayloadJob(id: 1) { id } }', {}, token)
    expect(forbidden.errors?.[0]?.extensions).toMatchObject({ statusCode: 403, code: 'FORBIDDEN' })
    const admin = await login(staff('super-admin'))
    const target = (await api('/api/structures?limit=1&depth=0', { token: admin })).body.docs[0]
    const invalid = await graphql('mutation ($id: Int!) { updateStructure(id: $id, data: { email: "pas-un-courriel" }) { id } }', { id: target.id }, admin)
    expect(invalid.errors?.[0]?.extensions).toMatchObject({ statusCode: 400, code: 'INVALID', field: 'email' })
  })

  it('mauvais type (nombre attendu, objet reçu) sur une relation', async () => {
    const token = await login(staff('referent-accounts'))
    const { status } = await api('/api/accounts', { method: 'POST', token, body: { email: `t.${Date.now()}@exemple.fr`, lastName: 'X', structure: { evil: true } } })
    expectClientError(status)
  })

  it('un corps trop volumineux est refusé (413) avant d’être lu', async () => {
    const { status, body } = await api('/api/accounts', { method: 'POST', body: { email: 'a@b.fr', bio: 'x'.repeat(2 * 1024 * 1024) } })
    expect(status).toBe(413)
    expect(body.errors[0].message).toContain('trop volumineuse')
  })

  it('les paramètres hostiles de liste ne donnent jamais de 500', async () => {
    const token = await login(staff('referent-accounts'))
    const hostile = [
      '/api/accounts?where[hash][exists]=true',
      '/api/accounts?where[salt][equals]=x',
      '/api/accounts?where[nope][equals]=1',
      '/api/accounts?where[structure][in]=abc',
      '/api/accounts?sort=hash',
      '/api/accounts?sort=;DROP TABLE accounts',
      '/api/accounts?depth=999',
      '/api/accounts?limit=-5',
      '/api/accounts?page=-1',
      '/api/accounts?where[or][0][and][0][id][like]=%25',
      "/api/accounts?where[lastName][equals]=' OR 1=1 --",
    ]
    for (const path of hostile) {
      const { status } = await api(path, { token })
      expect(status, path).toBeLessThan(500)
    }
  })

  it.each([
    ['where[hash][exists]=true', 'hash'],
    ['where[salt][equals]=x', 'salt'],
    ['where[resetPasswordToken][exists]=true', 'resetPasswordToken'],
    ['where[nope][equals]=1', 'nope'],
    ['where[lastName][foo]=1', 'lastName.foo'],
    ['sort=hash', 'hash'],
    ['sort=-nope', 'nope'],
    ['sort=;DROP TABLE accounts', ';DROP TABLE accounts'],
  ])('filtre ou tri refusé : %s → 400 en français qui nomme « %s »', async (query, path) => {
    const token = await login(staff('referent-accounts'))
    const { status, body } = await api(`/api/accounts?${query}`, { token })
    expect(status).toBe(400)
    expect(body.errors[0].message).toContain(`« ${path} »`)
    expect(body.errors[0].message).toMatch(/impossible/)
    expect(body.errors[0].code).toBe('INVALID')
  })

  it.each([
    ['/api/payload-locked-documents?where[user][exists]=99999999999', 'user'],
    ['/api/accounts?where[structure][exists]=peut-être', 'structure'],
  ])('« exists » n’accepte que true ou false : %s → 400 qui nomme « %s » (une 500 avant sur une relation polymorphe)', async (path, field) => {
    const token = await login(staff('super-admin'))
    const { status, body } = await api(path, { token })
    expect(status, JSON.stringify(body)).toBe(400)
    expect(body.errors[0].message).toContain(`« ${field} »`)
    expect(body.errors[0].code).toBe('INVALID')
  })

  it('GraphQL : un filtre sur un champ illisible est refusé en français', async () => {
    const token = await login(staff('referent-accounts'))
    const { body } = await api('/api/graphql', { method: 'POST', token, body: { query: '{ Accounts(where: { lastName: { equals: "x" } }, sort: "hash") { docs { id } } }' } })
    expect(body.errors?.[0]?.message).toContain('« hash »')
  })

  it('un filtre sur un champ illisible ne révèle rien', async () => {
    const token = await login(staff('referent-accounts'))
    const withHash = await api('/api/accounts?where[hash][exists]=true&limit=100', { token })
    const all = await api('/api/accounts?limit=100', { token })
    if (withHash.status === 200) expect(withHash.body.docs.length).toBeLessThanOrEqual(all.body.docs.length)
    for (const doc of all.body.docs) {
      expect(doc.hash).toBeUndefined()
      expect(doc.salt).toBeUndefined()
    }
  })

  it('limit=0, pagination=false et limit énorme sont plafonnés à 100', async () => {
    const token = await login(staff('super-admin'))
    for (const query of ['limit=0', 'pagination=false', 'limit=100000']) {
      const { status, body } = await api(`/api/structures?${query}`, { token })
      expect(status).toBe(200)
      expect(body.docs.length).toBeLessThanOrEqual(100)
      expect(body.limit).toBeLessThanOrEqual(100)
    }
  })

  it('la profondeur est plafonnée (maxDepth 2)', async () => {
    const token = await login(staff('super-admin'))
    const referent = (await api(`/api/users?where[email][equals]=${staff('referent-accounts')}&depth=0`, { token })).body.docs[0]
    const created = await api('/api/accounts', {
      method: 'POST',
      token,
      body: { email: `profond.${Date.now()}@exemple.fr`, lastName: 'Profond', structure: referent.structures[0], referents: [referent.id] },
    })
    const { body } = await api(`/api/accounts/${created.body.doc.id}?depth=10`, { token })
    // account → referents (1) → structures (2) → parent stays an id (3).
    expect(typeof body.referents[0]).toBe('object')
    expect(typeof body.referents[0].structures[0]).toBe('object')
    expect(typeof body.referents[0].structures[0].parent).toBe('number')
  })

  it('GraphQL : une requête trop complexe est refusée', async () => {
    const token = await login(staff('super-admin'))
    const nested = 'docs { id parent { id parent { id parent { id } } } }'
    const query = `{ ${Array.from({ length: 60 }, (_, i) => `q${i}: Structures(limit: 100) { ${nested} }`).join(' ')} }`
    const { body, status } = await api('/api/graphql', { method: 'POST', token, body: { query } })
    expect(status).toBeLessThan(500)
    expect(body.errors?.length).toBeGreaterThan(0)
  })

  it('connexion : verrouillage après des échecs répétés', async () => {
    const email = staff('referent-offers')
    for (let i = 0; i < 5; i++) await api('/api/users/login', { method: 'POST', body: { email, password: 'mauvais' } })
    const locked = await api('/api/users/login', { method: 'POST', body: { email, password: 'Tremplin2026!' } })
    expectClientError(locked.status)
    const admin = await login(staff('super-admin'))
    const { body } = await api(`/api/users?where[email][equals]=${email}`, { token: admin })
    expect(body.docs).toHaveLength(1)
    // « Déverrouiller » by an administrator lifts the lock from this address too: the person logs in at once.
    expect((await api(`/api/users/unlock`, { method: 'POST', token: admin, body: { email } })).status).toBe(200)
    const unlocked = await api('/api/users/login', { method: 'POST', body: { email, password: 'Tremplin2026!' } })
    expect(unlocked.status, JSON.stringify(unlocked.body)).toBe(200)
  })
})
