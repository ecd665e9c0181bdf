import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_PASSWORD, api, graphql, login, staff } from '../helpers/api'
import { closeLocalPayload, localPayload } from '../helpers/payload'

/**
 * Issue 18: one young person, many programmes. A structure follows a young person while it is
 * their structure of first contact or runs one of their open programmes; it sees its own
 * programmes only, and the others' with the young person's consent (revocable, from the next
 * request). Each check is made over REST and GraphQL, counts and filters included.
 */
let payload: Payload
let rouenReferent: string
let dabmCounsellor: string
let caenReferent: string
let superAdmin: string
let rouen: number
let lunel: number
const person = { id: 0, email: `parcours.${Date.now()}@exemple.fr`, token: '' }
let cej = 0
let bilan = 0
/** The follow-up by the structure of first contact, opened with the account. */
let followUp = 0

const structureId = async (name: string) =>
  (await payload.find({ collection: 'structures', where: { name: { equals: name } }, depth: 0, limit: 1, overrideAccess: true })).docs[0].id as number

/** What a caller reads of the person: the account (REST and GraphQL) and the programmes' ids (REST list, its count, GraphQL). */
const seenBy = async (token: string) => {
  const account = await api(`/api/accounts/${person.id}?depth=0`, { token })
  const filtered = await api(`/api/accounts?where[id][equals]=${person.id}&depth=0`, { token })
  const gqlAccount = await graphql(`{ Accounts(where: { id: { equals: ${person.id} } }) { totalDocs docs { id } } }`, {}, token)
  const programmes = await api(`/api/programmes?where[account][equals]=${person.id}&depth=0&sort=id`, { token })
  const gqlProgrammes = await graphql(`{ Programmes(where: { account: { equals: ${person.id} } }, sort: "id") { totalDocs docs { id } } }`, {}, token)
  const restIds = (programmes.body.docs as { id: number }[]).map((doc) => doc.id)
  expect(gqlProgrammes.data.Programmes.docs.map((doc: { id: number }) => doc.id)).toEqual(restIds)
  expect(programmes.body.totalDocs).toBe(restIds.length)
  expect(gqlProgrammes.data.Programmes.totalDocs).toBe(restIds.length)
  const readsAccount = account.status === 200
  expect(filtered.body.totalDocs).toBe(readsAccount ? 1 : 0)
  expect(gqlAccount.data.Accounts.totalDocs).toBe(readsAccount ? 1 : 0)
  if (!readsAccount) expect([403, 404]).toContain(account.status)
  return { readsAccount, programmes: restIds }
}

const consent = (given: boolean, token = person.token) => api('/api/accounts/sharing-consent', { method: 'POST', token, body: { given } })

beforeAll(async () => {
  payload = await localPayload()
  rouenReferent = await login(staff('referent-accounts'))
  dabmCounsellor = await login(staff('counsellor'))
  caenReferent = await login(staff('referent-accounts-caen'))
  superAdmin = await login(staff('super-admin'))
  rouen = await structureId('Mission Locale de Rouen')
  lunel = await structureId('Lunel')
  const created = await api('/api/accounts', {
    method: 'POST',
    token: rouenReferent,
    body: { email: person.email, password: DEMO_PASSWORD, firstName: 'Inès', lastName: 'Parcours', birthDate: '2005-03-14', postalCode: '76000', structure: rouen },
  })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  person.id = created.body.doc.id
  person.token = (await api('/api/accounts/login', { method: 'POST', body: { email: person.email, password: DEMO_PASSWORD } })).body.token
  const opening = await payload.find({ collection: 'programmes', where: { account: { equals: person.id } }, depth: 0, overrideAccess: true })
  expect(opening.docs.map((doc) => [doc.kind, doc.status, doc.structure])).toEqual([['follow-up', 'in-progress', rouen]])
  followUp = opening.docs[0].id as number
  const opened = await api('/api/programmes', { method: 'POST', token: rouenReferent, body: { account: person.id, kind: 'cej', status: 'in-progress', startDate: '2026-01-05' } })
  expect(opened.status, JSON.stringify(opened.body)).toBe(201)
  cej = opened.body.doc.id
})

afterAll(async () => {
  await closeLocalPayload()
})

describe('Suivi par les dispositifs (issue 18)', () => {
  it('Sans dispositif, le DABM ne voit pas le jeune : ni fiche, ni compte, ni filtre', async () => {
    expect(await seenBy(dabmCounsellor)).toEqual({ readsAccount: false, programmes: [] })
    expect(await seenBy(rouenReferent)).toEqual({ readsAccount: true, programmes: [followUp, cej] })
  })

  it('Un bilan ouvert au DABM Lunel : le DABM suit le jeune par son seul dispositif, la Mission Locale n’en apprend rien', async () => {
    const opened = await api('/api/programmes', {
      method: 'POST',
      token: superAdmin,
      body: { account: person.id, kind: 'bilan', status: 'in-progress', structure: lunel, startDate: '2026-02-02' },
    })
    expect(opened.status, JSON.stringify(opened.body)).toBe(201)
    bilan = opened.body.doc.id
    expect(await seenBy(dabmCounsellor)).toEqual({ readsAccount: true, programmes: [bilan] })
    expect(await seenBy(rouenReferent)).toEqual({ readsAccount: true, programmes: [followUp, cej] })
    expect(await seenBy(caenReferent)).toEqual({ readsAccount: false, programmes: [] })
    // A filter on another structure's programme is no oracle: no count, no row.
    const probe = await api(`/api/programmes?where[structure][equals]=${rouen}&where[account][equals]=${person.id}`, { token: dabmCounsellor })
    expect(probe.body.totalDocs).toBe(0)
    // The account's join lists the caller's programmes only.
    const account = await api(`/api/accounts/${person.id}?depth=0`, { token: dabmCounsellor })
    expect(account.body.programmes.docs).toEqual([bilan])
  })

  it('Sans consentement, le parcours n’est lisible que par le jeune', async () => {
    expect((await api(`/api/accounts/${person.id}/path`, { token: dabmCounsellor })).status).toBe(403)
    expect((await api(`/api/accounts/${person.id}/path`, { token: rouenReferent })).status).toBe(403)
    expect((await api(`/api/accounts/${person.id}/path`, { token: caenReferent })).status).toBe(404)
    const own = await api(`/api/accounts/${person.id}/path`, { token: person.token })
    expect(own.status).toBe(200)
    // In time order: the follow-up opened with the account today, after the programmes' dates.
    expect(own.body.programmes.map((p: { id: number }) => p.id)).toEqual([cej, bilan, followUp])
  })

  it('Le jeune consent au partage : chaque structure qui le suit lit son parcours entier, sa liste de dispositifs restant la sienne', async () => {
    const given = await consent(true)
    expect(given.status, JSON.stringify(given.body)).toBe(200)
    expect(given.body.given).toBe(true)
    for (const token of [dabmCounsellor, rouenReferent]) {
      const path = await api(`/api/accounts/${person.id}/path`, { token })
      expect(path.status, JSON.stringify(path.body)).toBe(200)
      expect(path.body.account.name).toBe('Inès PARCOURS')
      expect(path.body.programmes.map((p: { kind: string; structure: { name: string } }) => [p.kind, p.structure.name])).toEqual([
        ['cej', 'Mission Locale de Rouen'],
        ['bilan', 'Lunel'],
        ['follow-up', 'Mission Locale de Rouen'],
      ])
      expect(path.body.events.map((e: { label: string }) => e.label)).toEqual([
        "Début du dispositif : Contrat d'engagement jeune (CEJ)",
        'Début du dispositif : Bilan de compétences (DABM)',
        'Début du dispositif : Suivi par la structure d’accueil',
      ])
    }
    const gqlPath = await graphql(`{ youngPersonPath(account: ${person.id}) }`, {}, dabmCounsellor)
    expect(gqlPath.data?.youngPersonPath?.programmes?.map((p: { id: number }) => p.id), JSON.stringify(gqlPath.errors)).toEqual([cej, bilan, followUp])
    expect(await seenBy(dabmCounsellor)).toEqual({ readsAccount: true, programmes: [bilan] })
    expect(await seenBy(rouenReferent)).toEqual({ readsAccount: true, programmes: [followUp, cej] })
    // A structure that follows nothing of the person learns nothing, consent or not.
    expect(await seenBy(caenReferent)).toEqual({ readsAccount: false, programmes: [] })
    expect((await api(`/api/accounts/${person.id}/path`, { token: caenReferent })).status).toBe(404)
  })

  it('Le jeune retire son consentement : effet dès la requête suivante, historique conservé', async () => {
    const revoked = await consent(false)
    expect(revoked.status).toBe(200)
    expect((await api(`/api/accounts/${person.id}/path`, { token: dabmCounsellor })).status).toBe(403)
    expect((await api(`/api/accounts/${person.id}/path`, { token: rouenReferent })).status).toBe(403)
    const gqlPath = await graphql(`{ youngPersonPath(account: ${person.id}) }`, {}, dabmCounsellor)
    expect(gqlPath.data?.youngPersonPath ?? null).toBeNull()
    expect(gqlPath.errors?.[0]?.message).toContain('consenti')
    expect(await seenBy(dabmCounsellor)).toEqual({ readsAccount: true, programmes: [bilan] })
    const mine = await api('/api/accounts/sharing-consent', { token: person.token })
    expect(mine.body.given).toBe(false)
    expect(mine.body.history.map((entry: { given: boolean }) => entry.given)).toEqual([false, true])
    const history = await api(`/api/sharing-consents?where[account][equals]=${person.id}`, { token: superAdmin })
    expect(history.body.totalDocs).toBe(2)
  })

  it('Seul le jeune donne ou retire son consentement ; l’historique ne s’écrit pas par l’API', async () => {
    expect((await consent(true, dabmCounsellor)).status).toBe(403)
    expect((await api('/api/accounts/sharing-consent', { method: 'POST', body: { given: true } })).status).toBe(403)
    expect((await consent('oui' as unknown as boolean)).status).toBe(400)
    expect((await api(`/api/accounts/${person.id}`, { method: 'PATCH', token: person.token, body: { sharesWithFollowers: true } })).body.doc?.sharesWithFollowers).not.toBe(true)
    expect((await api('/api/sharing-consents', { method: 'POST', token: person.token, body: { account: person.id, given: true } })).status).toBe(403)
    expect((await api('/api/accounts/sharing-consent', { token: person.token })).body.given).toBe(false)
  })

  it('Le jeune voit tous ses dispositifs, consentement ou non', async () => {
    const mine = await api(`/api/programmes?where[account][equals]=${person.id}&sort=id`, { token: person.token })
    expect(mine.body.docs.map((doc: { id: number }) => doc.id)).toEqual([followUp, cej, bilan])
  })

  it('Le dispositif clos, le DABM ne suit plus le jeune', async () => {
    const closed = await api(`/api/programmes/${bilan}`, { method: 'PATCH', token: superAdmin, body: { status: 'closed', endDate: '2026-06-30' } })
    expect(closed.status, JSON.stringify(closed.body)).toBe(200)
    expect((await seenBy(dabmCounsellor)).readsAccount).toBe(false)
    expect(await seenBy(rouenReferent)).toEqual({ readsAccount: true, programmes: [followUp, cej] })
    expect((await api(`/api/accounts/${person.id}/path`, { token: dabmCounsellor })).status).toBe(404)
  })
})

describe('Un jeune déjà connu : proposer plutôt que créer un doublon (issue 18)', () => {
  const again = { email: person.email.toUpperCase(), firstName: 'Autre', lastName: 'Nom', birthDate: '2001-01-01', password: DEMO_PASSWORD }

  it('Même e-mail, ou mêmes nom, prénom et date de naissance : 409 et une proposition qui ne révèle rien sans consentement', async () => {
    const byEmail = await api('/api/accounts', { method: 'POST', token: caenReferent, body: { ...again, structure: await structureId('Mission Locale de Caen') } })
    expect(byEmail.status, JSON.stringify(byEmail.body)).toBe(409)
    expect(byEmail.body.proposal.shared).toBeNull()
    expect(byEmail.body.proposal.openProgramme.path).toBe('/api/accounts/open-programme')
    expect(JSON.stringify(byEmail.body)).not.toMatch(new RegExp(`Parcours|Rouen|Lunel|"${person.id}"|: ?${person.id}\\b`))
    const byNames = await api('/api/accounts', {
      method: 'POST',
      token: caenReferent,
      body: { email: `autre.${Date.now()}@exemple.fr`, firstName: ' inès ', lastName: 'PARCOURS', birthDate: '2005-03-14', structure: await structureId('Mission Locale de Caen') },
    })
    expect(byNames.status, JSON.stringify(byNames.body)).toBe(409)
    expect(byNames.body.proposal.shared).toBeNull()
    // Another birth date is another person.
    const other = await api('/api/accounts', {
      method: 'POST',
      token: caenReferent,
      body: { email: `homonyme.${Date.now()}@exemple.fr`, firstName: 'Inès', lastName: 'Parcours', birthDate: '2006-03-14', structure: await structureId('Mission Locale de Caen') },
    })
    expect(other.status, JSON.stringify(other.body)).toBe(201)
  })

  it('Avec le consentement, la proposition nomme la personne et les structures qui la suivent', async () => {
    expect((await consent(true)).status).toBe(200)
    try {
      const proposal = await api('/api/accounts', { method: 'POST', token: caenReferent, body: { ...again, structure: await structureId('Mission Locale de Caen') } })
      expect(proposal.status).toBe(409)
      expect(proposal.body.proposal.shared).toEqual({ account: person.id, name: 'Inès PARCOURS', followedBy: ['Mission Locale de Rouen'] })
    } finally {
      expect((await consent(false)).status).toBe(200)
    }
  })

  it('Demander avant de créer (POST /api/accounts/known-person) : la même réponse 409 que la création, ou « inconnu » ; réservé au personnel qui suit des jeunes', async () => {
    const caen = await structureId('Mission Locale de Caen')
    const creation = await api('/api/accounts', { method: 'POST', token: caenReferent, body: { ...again, structure: caen } })
    expect(creation.status).toBe(409)
    const kinds = creation.body.proposal.openProgramme.kinds.map((option: { value: string }) => option.value)
    expect(kinds).toContain('pacea')
    expect(kinds).not.toContain('follow-up')
    const asked = await api('/api/accounts/known-person', { method: 'POST', token: caenReferent, body: { email: again.email } })
    expect(asked.status, JSON.stringify(asked.body)).toBe(409)
    expect(asked.body).toEqual(creation.body)
    expect(JSON.stringify(asked.body)).not.toMatch(new RegExp(`Parcours|Rouen|Lunel|"${person.id}"|: ?${person.id}\\b`))
    const byNames = await api('/api/accounts/known-person', { method: 'POST', token: caenReferent, body: { firstName: 'INÈS', lastName: ' parcours', birthDate: '2005-03-14' } })
    expect(byNames.status).toBe(409)
    expect(byNames.body.proposal.shared).toBeNull()
    const unknown = await api('/api/accounts/known-person', { method: 'POST', token: caenReferent, body: { email: `inconnu.${Date.now()}@exemple.fr`, firstName: 'Inès', lastName: 'Parcours', birthDate: '2007-03-14' } })
    expect(unknown.status).toBe(200)
    expect(unknown.body).toEqual({ known: false })
    expect((await api('/api/accounts/known-person', { method: 'POST', token: caenReferent, body: { email: again.email, structure: rouen } })).status).toBe(400)
    expect((await api('/api/accounts/known-person', { method: 'POST', token: person.token, body: { email: again.email } })).status).toBe(403)
    expect((await api('/api/accounts/known-person', { method: 'POST', body: { email: again.email } })).status).toBe(403)
  })

  it('Ouvrir un dispositif sur la personne existante : la structure la suit, les autres n’en apprennent rien', async () => {
    expect((await api('/api/accounts/open-programme', { method: 'POST', token: caenReferent, body: { email: 'inconnu@exemple.fr', kind: 'pacea' } })).status).toBe(404)
    expect((await api('/api/accounts/open-programme', { method: 'POST', token: caenReferent, body: { email: person.email, kind: 'follow-up' } })).status).toBe(400)
    expect((await api('/api/accounts/open-programme', { method: 'POST', token: caenReferent, body: { email: person.email, kind: 'pacea', structure: rouen } })).status).toBe(400)
    const opened = await api('/api/accounts/open-programme', { method: 'POST', token: caenReferent, body: { email: person.email, kind: 'pacea' } })
    expect(opened.status, JSON.stringify(opened.body)).toBe(201)
    expect(opened.body.account).toBe(person.id)
    expect(await seenBy(caenReferent)).toEqual({ readsAccount: true, programmes: [opened.body.programme] })
    expect(await seenBy(rouenReferent)).toEqual({ readsAccount: true, programmes: [followUp, cej] })
  })
})
