import { describe, expect, it } from 'vitest'

import { api, login, staff } from '../helpers/api'

type Item = { key: string; label: string; count: number; href: string }

const workList = async (email: string) => {
  const { status, body } = await api<{ items: Item[] }>('/api/work-list', { token: await login(email) })
  expect(status, JSON.stringify(body)).toBe(200)
  return body.items
}

const countOf = async (email: string, key: string) => (await workList(email)).find((item) => item.key === key)?.count

/** What the admin list at `href` shows the user: the REST list with the very same `where`. */
const listTotal = async (email: string, href: string) => {
  const [path, query] = href.split('?')
  const collection = path.replace('/admin/collections/', '')
  const { status, body } = await api(`/api/${collection}?${query}&limit=1&depth=0`, { token: await login(email) })
  expect(status, JSON.stringify(body)).toBe(200)
  return body.totalDocs as number
}

/** May the user read `field`, by `GET /api/access`? Payload drops refused permissions and folds granted ones into `true`. */
const fieldPermission = async (email: string, collection: string, field: string): Promise<boolean> => {
  const { body } = await api('/api/access', { token: await login(email) })
  const fields = body.collections[collection]?.fields
  if (fields === true) return true
  const permission = fields?.[field]
  return permission === true || permission?.read === true || permission?.read?.permission === true
}

/** Whether `/api/access` lets the user read the collection at all (`true`, or a query they may read through). */
const collectionPermission = async (email: string, collection: string): Promise<boolean> => {
  const { body } = await api('/api/access', { token: await login(email) })
  return body.collections[collection]?.read?.permission === true
}

const DEMO_ROLES = [
  staff('referent-accounts'),
  staff('referent-accounts-caen'),
  staff('establishment-referent'),
  staff('employer'),
  staff('academic-admin'),
  staff('lead-counsellor'),
  staff('referent-instant-t'),
  'cej-counsellor@tremplin.test',
  staff('super-admin'),
]

describe('Les tableaux de bord sont des listes de travail (issue 15, point 5)', () => {
  it('Chaque compteur de chaque rôle de démonstration égale la liste filtrée vers laquelle il mène', async () => {
    for (const email of DEMO_ROLES) {
      const items = await workList(email)
      expect(items.length, email).toBeGreaterThan(0)
      for (const item of items) {
        expect(await listTotal(email, item.href), `${email} : ${item.label}`).toBe(item.count)
      }
    }
  }, 240_000)

  it('Chaque rôle reçoit ce qui l’attend, et seulement cela', async () => {
    const keys = async (email: string) => (await workList(email)).map((item) => item.key)
    expect(await keys(staff('referent-accounts'))).toEqual(expect.arrayContaining(['accounts-pending', 'accounts-transferred', 'notifications-unread']))
    expect(await keys(staff('referent-accounts'))).not.toContain('candidatures-awaiting-validation')
    expect(await keys(staff('establishment-referent'))).toEqual(expect.arrayContaining(['candidatures-awaiting-validation', 'parrainages-awaiting-validation']))
    expect(await keys(staff('employer'))).toEqual(expect.arrayContaining(['candidatures-received', 'parrainages-received']))
    expect(await keys(staff('employer'))).not.toContain('accounts-pending')
    expect(await keys('cej-counsellor@tremplin.test')).toEqual(expect.arrayContaining(['sessions-to-close', 'actions-to-qualify']))
    // A DABM lead counsellor has no CEJ agenda: the bilan's phases wait for them, not sessions.
    expect(await keys(staff('lead-counsellor'))).toContain('bilan-steps-submitted')
    expect(await keys(staff('lead-counsellor'))).not.toContain('sessions-to-close')
    expect(await keys(staff('referent-instant-t'))).toContain('instant-t-unlinked')
    // A super-administrator may read everyone's notifications: theirs only wait for them.
    const notifications = (await workList(staff('super-admin'))).find((item) => item.key === 'notifications-unread')
    expect(decodeURIComponent(notifications!.href)).toContain('[recipientUser][equals]=')
  }, 120_000)

  it('Un compteur ne révèle jamais les données d’une autre structure : une préinscription à Rouen ne compte pas à Caen', async () => {
    const rouenBefore = await countOf(staff('referent-accounts'), 'accounts-pending')
    const caenBefore = await countOf(staff('referent-accounts-caen'), 'accounts-pending')
    const email = `compteur.${Date.now()}@exemple.fr`
    const created = await api('/api/accounts', {
      method: 'POST',
      body: { email, password: 'MotDePasse-2026!', firstName: 'Nina', lastName: 'Compteur', postalCode: '76100', birthDate: '2004-05-06' },
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    expect(await countOf(staff('referent-accounts'), 'accounts-pending')).toBe(rouenBefore! + 1)
    expect(await countOf(staff('referent-accounts-caen'), 'accounts-pending')).toBe(caenBefore)
    // Lina Robert, transferred from Rouen to Caen, waits in Caen only.
    const transferredTo = async (email: string) => {
      const { body } = await api('/api/accounts?where[status][equals]=transferred&where[lastName][equals]=Robert&depth=0', { token: await login(email) })
      return body.totalDocs as number
    }
    expect(await transferredTo(staff('referent-accounts-caen'))).toBe(1)
    expect(await transferredTo(staff('referent-accounts'))).toBe(0)
  }, 120_000)

  it('Sans connexion, ou pour un jeune, la liste de travail est refusée', async () => {
    expect((await api('/api/work-list')).status).toBe(403)
    const young = await login('sarah.michel@exemple.fr', { collection: 'accounts' })
    expect((await api('/api/work-list', { token: young })).status).toBe(403)
  })
})

describe('Chaque rôle voit son module (issue 15, point 4)', () => {
  it('Un référent de Mission Locale ne lit pas le dossier confidentiel Atouts ; le référent établissement oui', async () => {
    // The file is the module's own collection (issue #16): who may read it is that collection's access.
    expect(await collectionPermission(staff('referent-accounts'), 'candidate-profiles')).toBe(false)
    expect(await collectionPermission(staff('admin'), 'candidate-profiles')).toBe(false)
    expect(await collectionPermission(staff('establishment-referent'), 'candidate-profiles')).toBe(true)
    const { body } = await api('/api/accounts?where[lastName][equals]=Michel&depth=0', { token: await login(staff('admin')) })
    expect(body.docs[0].lastName).toBe('Michel')
    expect(body.docs[0]).not.toHaveProperty('candidateProfile')
  })

  it('Un conseiller référent de DABM ne lit pas la fiche CEJ du jeune ; le conseiller CEJ oui', async () => {
    // The CEJ file is the module's own collection (issue #16): who may read it is that collection's access.
    expect(await collectionPermission(staff('lead-counsellor'), 'cej-profiles')).toBe(false)
    expect(await fieldPermission(staff('lead-counsellor'), 'cej-profiles', 'dossierNumber')).toBe(false)
    expect(await collectionPermission('cej-counsellor@tremplin.test', 'cej-profiles')).toBe(true)
    expect(await fieldPermission('cej-counsellor@tremplin.test', 'cej-profiles', 'dossierNumber')).toBe(true)
  })

  it('L’utilisateur connecté porte les types de ses structures, qui décident de ce que l’admin lui montre', async () => {
    const me = async (email: string) => (await api('/api/users/me', { token: await login(email) })).body.user
    expect((await me(staff('lead-counsellor'))).structureTypes).toEqual(['dabm'])
    expect((await me(staff('establishment-referent'))).structureTypes).toEqual(['establishment'])
  })
})
