/**
 * Issue 10, point 5: each class of malformed input that answered 500 now answers a 4xx in
 * French and writes nothing; then a fixed-seed slice of the malformed-body corpus
 * (bench/fuzz/malformedCorpus.ts) finds no 5xx and no row changed by a refused request.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { changesCausedBy, createSnapshotter } from '../../bench/fuzz/malformedSnapshot'
import { formatCorpusReport, runMalformedCorpus } from '../../bench/fuzz/malformedCorpus'
import type { MailCatcher } from '../../src/host/email/mailCatcher'
import { api, login, staff } from '../helpers/api'
import { startTestMailbox } from '../helpers/mail'
import { serverURL } from '../helpers/testEnv'

type Snapshotter = Awaited<ReturnType<typeof createSnapshotter>>
let snapshotter: Snapshotter
// The SMTP server is up, as in production: e-mails queued by earlier files go out instead of
// retrying with back-off, each retry a write that the snapshots would see twice.
let mailbox: MailCatcher

beforeAll(async () => {
  mailbox = await startTestMailbox()
  snapshotter = await createSnapshotter({ databaseUrl: inject('databaseUrl') })
})
afterAll(async () => {
  await mailbox?.stop()
  await snapshotter?.close()
})

/** Sends a request and returns its answer and the tables it changed (none expected). */
const sendAndWatch = async (request: () => Promise<{ status: number; body: any }>) => {
  const { result, changes } = await changesCausedBy({ take: snapshotter.take, send: request })
  return { ...result, changed: changes.map((change) => change.table) }
}

const raw = async (path: string, { method = 'POST', contentType, body, token }: { method?: string; contentType?: string; body?: string; token?: string }) => {
  const response = await fetch(`${serverURL}${path}`, {
    method,
    headers: { ...(contentType ? { 'content-type': contentType } : {}), ...(token ? { authorization: `JWT ${token}` } : {}) },
    body,
  })
  const text = await response.text()
  let parsed: any = text
  try {
    parsed = JSON.parse(text)
  } catch {
    /* not JSON */
  }
  return { status: response.status, body: parsed }
}

const messageOf = (body: any): string => JSON.stringify(body?.errors ?? body)
/** A French refusal: accented words or French-only phrasing of our messages. */
const FRENCH = /(est attendu|attendu :|introuvable|refusée|impossible|doit être|non pris en charge|illisible|invalide|Pas trouvé|caractère nul)/

const expectRefused = ({ status, body, changed }: { status: number; body: any; changed: string[] }, expectedStatus: number, mentions?: string) => {
  expect(status, messageOf(body)).toBe(expectedStatus)
  expect(messageOf(body)).toMatch(FRENCH)
  if (mentions) expect(messageOf(body)).toContain(mentions)
  expect(changed).toEqual([])
}

const structureId = async (token: string) => (await api('/api/structures?limit=1&depth=0&sort=id', { token })).body.docs[0].id as number

describe('Entrées malformées : une 4xx en français au lieu d’une 500, rien d’écrit', () => {
  it.each([
    ['where[title][near]=1,2,10', 'title'],
    ['where[title][all]=1', 'title'],
    ['where[createdAt][like]=x', 'createdAt'],
    ['where[createdAt][contains]=2026', 'createdAt'],
    ['where[structure][like]=x', 'structure'],
    ['where[structure][contains]=1', 'structure'],
    ['where[structure.createdAt][like]=x', 'structure.createdAt'],
    ['where[contractType][like]=x', 'contractType'],
    ['where[createdAt][greater_than]=99999-01-01', 'createdAt'],
  ])('filtre inapplicable ou hors limites %s : 400 qui nomme « %s »', async (query, field) => {
    const token = await login(staff('referent-offers'))
    const { status, body } = await api(`/api/offers?${query}`, { token })
    expect(status, messageOf(body)).toBe(400)
    expect(body.errors[0].message).toContain(`« ${field} »`)
    expect(body.errors[0].message).toMatch(FRENCH)
  })

  it.each(['123', 'null', '"x"', '[]'])('corps JSON nu %s à la création et à la modification : 400', async (bareBody) => {
    const token = await login(staff('super-admin'))
    const id = await structureId(token)
    for (const [method, path] of [['POST', '/api/structures'], ['PATCH', `/api/structures/${id}`]]) {
      const result = await sendAndWatch(() => raw(path, { method, contentType: 'application/json', body: bareBody, token }))
      expectRefused(result, 400, 'Le corps de la requête doit être un objet JSON')
    }
  })

  it.each([
    ['text/plain', 415],
    ['application/x-www-form-urlencoded', 415],
    ['application/xml', 415],
    ['multipart/form-data', 400],
  ])('type de contenu %s à la création et à la modification : %i en français', async (contentType, expected) => {
    const token = await login(staff('super-admin'))
    const id = await structureId(token)
    const body = contentType.includes('urlencoded') ? 'name=Fant%C3%B4me&type=partner' : contentType.includes('xml') ? '<structure><name>Fantôme</name></structure>' : '{"name":"Fantôme","type":"partner"}'
    for (const [method, path] of [['POST', '/api/structures'], ['PATCH', `/api/structures/${id}`]]) {
      expectRefused(await sendAndWatch(() => raw(path, { method, contentType, body, token })), expected)
    }
  })

  it('multipart dont le champ _payload n’est pas du JSON : 400', async () => {
    const token = await login(staff('super-admin'))
    const body = '--XYZ\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{pas du json\r\n--XYZ--\r\n'
    expectRefused(await sendAndWatch(() => raw('/api/structures', { contentType: 'multipart/form-data; boundary=XYZ', body, token })), 400, '_payload')
  })

  it.each([
    ['email objet', { email: {}, password: 'MotDePasse-2026!', roles: ['employer'] }, 'email'],
    ['roles objet', { email: `roles.${Date.now()}@tremplin.test`, password: 'MotDePasse-2026!', roles: { admin: true } }, 'roles'],
    ['roles chaîne', { email: `roles2.${Date.now()}@tremplin.test`, password: 'MotDePasse-2026!', roles: 'employer' }, 'roles'],
    ['mot de passe nombre', { email: `mdp.${Date.now()}@tremplin.test`, password: 12345678, roles: ['employer'] }, 'password'],
  ])('mauvais type de champ (%s) : 400 qui nomme le champ, aucun utilisateur créé', async (_case, data, field) => {
    const token = await login(staff('super-admin'))
    const result = await sendAndWatch(() => api('/api/users', { method: 'POST', token, body: { ...data, structures: [] } }))
    expectRefused(result, 400)
    expect(result.body.errors[0].data.errors).toContainEqual(expect.objectContaining({ path: field }))
  })

  it('un texte à la place d’un objet ne devient plus « {} » : 400', async () => {
    const token = await login(staff('super-admin'))
    expectRefused(await sendAndWatch(() => api('/api/structures', { method: 'POST', token, body: { name: {}, type: 'partner' } })), 400, 'name')
  })

  it('identifiant 1e308 dans le chemin (404) et dans un filtre (400)', async () => {
    const token = await login(staff('super-admin'))
    for (const method of ['GET', 'PATCH', 'DELETE']) {
      expectRefused(await sendAndWatch(() => raw('/api/offers/1e308', { method, token, ...(method === 'PATCH' ? { contentType: 'application/json', body: '{}' } : {}) })), 404, 'introuvable')
    }
    for (const filter of ['where[id][equals]=1e308', 'where[structure][in]=1e308', 'where[id][equals]=99999999999']) {
      const { status, body } = await api(`/api/offers?${filter}`, { token })
      expect(status, messageOf(body)).toBe(400)
      expect(messageOf(body)).toMatch(FRENCH)
    }
  })

  it('un identifiant suivi de texte (« 1abc ») ne désigne plus le document 1', async () => {
    const token = await login(staff('super-admin'))
    const { status, body } = await api('/api/structures/1abc', { token })
    expect(status, messageOf(body)).toBe(404)
    expect(messageOf(body)).toContain('introuvable')
  })

  it('caractère nul dans un champ texte (400, rien d’écrit) et dans un filtre (400)', async () => {
    const token = await login(staff('super-admin'))
    expectRefused(await sendAndWatch(() => api('/api/structures', { method: 'POST', token, body: { name: 'Fan\u0000tôme', type: 'partner' } })), 400, 'name')
    const id = await structureId(token)
    expectRefused(await sendAndWatch(() => api(`/api/structures/${id}`, { method: 'PATCH', token, body: { city: 'Ca\u0000en' } })), 400, 'city')
    const { status, body } = await api('/api/offers?where[title][equals]=a%00b', { token })
    expect(status).toBe(400)
    expect(body.errors[0].message).toContain('caractère nul')
  })

  it.each(['/api/documents/undefined', '/api/offers/xyz'])('GET %s : 404 en français', async (path) => {
    const token = await login(staff('super-admin'))
    const { status, body } = await api(path, { token })
    expect(status, messageOf(body)).toBe(404)
    expect(body.errors[0].message).toContain('Document introuvable')
  })

  it('GraphQL : un fragment qui s’inclut lui-même (anonyme) est refusé en français, sans 500', async () => {
    for (const query of ['fragment A on Query { ...A } query { ...A }', 'query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }']) {
      const { status, body } = await api('/api/graphql', { method: 'POST', body: { query } })
      expect(status, messageOf(body)).toBeLessThan(500)
      expect(body.errors).toHaveLength(1)
      expect(body.errors[0].message).toContain('un fragment s’inclut lui-même')
    }
  })

  it('DELETE d’une préférence inexistante : 404, rien de supprimé', async () => {
    const token = await login(staff('referent-full'))
    expectRefused(await sendAndWatch(() => raw('/api/payload-preferences/cle-qui-n-existe-pas', { method: 'DELETE', token })), 404)
  })

  it('les collections de Payload (préférences) refusent aussi un filtre inapplicable : 400', async () => {
    const token = await login(staff('referent-full'))
    const { status, body } = await api('/api/payload-preferences?where[value][near]=1,2,3', { token })
    expect(status, messageOf(body)).toBe(400)
    expect(body.errors[0].message).toContain('« value »')
  })
})

describe('Corpus de corps malformés (tranche à graine fixe)', () => {
  it('0 réponse 5xx et 0 ligne modifiée par une requête refusée', async () => {
    const report = await runMalformedCorpus({ baseURL: serverURL, databaseUrl: inject('databaseUrl'), seed: 2026, limit: 150 })
    console.log(formatCorpusReport(report))
    expect(report.cases).toBe(150)
    expect(report.serverErrors).toEqual([])
    expect(report.rowsChanged).toEqual([])
    // Every case is built to be refused: one accepted means a malformed write got through.
    expect(report.accepted).toEqual([])
  }, 300_000)
})
