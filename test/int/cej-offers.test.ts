import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { MailCatcher } from '../../src/host/email/mailCatcher'
import { api, graphql, login, staff } from '../helpers/api'
import { startTestMailbox, waitForMail } from '../helpers/mail'

/** Seed 001, « Les offres »: rechercher, partager avec ses bénéficiaires, favoris, recherches sauvegardées et alertes. */
const run = Date.now()
const PASSWORD = 'Offres-2026!'
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

type Person = { id: number; email: string; token: string }

describe('CEJ : les offres partagées avec les jeunes', () => {
  let mailbox: MailCatcher
  let superAdmin: string
  let rouenId: number
  let caenId: number
  let counsellor: Person
  let caenCounsellor: Person
  const young: Record<string, Person> = {}
  let civicOffer: number
  let placementOffer: { id: number; title: string }

  const createStaff = async (label: string, structure: number): Promise<Person> => {
    const email = `offres.${label.toLowerCase()}.${run}@exemple.fr`
    const created = await api('/api/users', {
      method: 'POST',
      token: superAdmin,
      body: { email, password: PASSWORD, firstName: 'Conseiller', lastName: `${label}${run}`, roles: ['counsellor'], structures: [structure] },
    })
    if (created.status !== 201) throw new Error(`Conseiller non créé : ${created.status} ${JSON.stringify(created.body)}`)
    return { id: created.body.doc.id, email, token: await login(email, { password: PASSWORD }) }
  }
  const createYoung = async (label: string, referent: number, structure: number): Promise<Person> => {
    const email = `offres.${label.toLowerCase()}.${run}@exemple.fr`
    const created = await api('/api/accounts', {
      method: 'POST',
      token: superAdmin,
      body: { email, password: PASSWORD, firstName: label, lastName: `Offres${run}`, postalCode: '76000', birthDate: '2004-04-04', structure, referents: [referent] },
    })
    if (created.status !== 201) throw new Error(`Compte non créé : ${created.status} ${JSON.stringify(created.body)}`)
    return { id: created.body.doc.id, email, token: await login(email, { collection: 'accounts', password: PASSWORD }) }
  }
  const createOffer = (token: string, body: Record<string, unknown>) => api('/api/cej-offers', { method: 'POST', token, body: { postalCode: '76000', city: 'Rouen', structure: rouenId, ...body } })
  const share = (token: string, body: Record<string, unknown>) => api('/api/offer-shares/share', { method: 'POST', token, body })

  beforeAll(async () => {
    mailbox = await startTestMailbox()
    superAdmin = await login(staff('super-admin'))
    const structures = (await api('/api/structures?where[type][equals]=mission-locale&limit=50&depth=0', { token: superAdmin })).body.docs
    rouenId = structures.find((s: { name: string }) => s.name.includes('Rouen')).id
    caenId = structures.find((s: { name: string }) => s.name.includes('Caen')).id
    counsellor = await createStaff('Rouennais', rouenId)
    caenCounsellor = await createStaff('Caennais', caenId)
    for (const name of ['Xavier', 'Yasmine', 'Zoe']) young[name] = await createYoung(name, counsellor.id, rouenId)
    young.William = await createYoung('William', caenCounsellor.id, caenId)
  })

  afterAll(async () => {
    await mailbox?.stop()
  })

  it("le conseiller recherche les offres : celles de sa Mission Locale (4 types) et celles des entreprises partenaires", async () => {
    const created = await createOffer(counsellor.token, { title: `Mission de service civique ${run}`, kind: 'civic-service', organisation: 'Unis-Cité' })
    expect(created.status).toBe(201)
    expect(created.body.doc.department).toBe('76')
    civicOffer = created.body.doc.id
    expect((await createOffer(caenCounsellor.token, { title: `Intrus ${run}`, kind: 'immersion' })).status).toBe(403)

    const civic = await api(`/api/cej-offers/search?kind=civic-service&q=${run}`, { token: counsellor.token })
    expect(civic.status).toBe(200)
    expect(civic.body.docs.map((d: { id: number; source: string }) => `${d.source}:${d.id}`)).toEqual([`cej-offers:${civicOffer}`])
    expect(civic.body.docs[0]).toMatchObject({ kind: 'civic-service', kindLabel: 'Service civique', organisation: 'Unis-Cité' })

    // An employer's offer of the placement module (seed 004).
    const employer = await api('/api/structures', { method: 'POST', token: superAdmin, body: { name: `Boulangeries de Normandie ${run}`, type: 'employer' } })
    expect(employer.status).toBe(201)
    const employerOffer = await api('/api/offers', { method: 'POST', token: superAdmin, body: { title: `Vendeur en boulangerie en alternance ${run}`, structure: employer.body.doc.id, contractType: 'work-study', postalCode: '76000' } })
    expect(employerOffer.status).toBe(201)
    expect((await createOffer(counsellor.token, { title: `CAP boulanger en alternance ${run}`, kind: 'work-study', organisation: 'Fournil rouennais' })).status).toBe(201)
    const workStudy = await api('/api/cej-offers/search?kind=work-study', { token: counsellor.token })
    const sources = new Set(workStudy.body.docs.map((d: { source: string }) => d.source))
    expect(sources).toEqual(new Set(['cej-offers', 'offers']))
    expect(workStudy.body.docs.every((d: { kind: string }) => d.kind === 'work-study')).toBe(true)
    placementOffer = workStudy.body.docs.find((d: { source: string; id: number }) => d.source === 'offers' && d.id === employerOffer.body.doc.id)
    expect(placementOffer).toMatchObject({ kindLabel: 'Alternance', organisation: `Boulangeries de Normandie ${run}` })

    // Another Mission Locale finds the employers' offers (open to every logged-in person), never this Mission Locale's own.
    const fromCaen = (await api(`/api/cej-offers/search?q=${run}`, { token: caenCounsellor.token })).body.docs
    expect(fromCaen.map((d: { source: string; id: number }) => `${d.source}:${d.id}`)).toEqual([`offers:${employerOffer.body.doc.id}`])
    const badKind = await api('/api/cej-offers/search?kind=cdi', { token: counsellor.token })
    expect(badKind.status).toBe(400)
    expect(badKind.body.errors[0].field ?? badKind.body.errors[0].data?.errors?.[0]?.path).toBe('kind')
    expect((await api('/api/cej-offers/search')).status).toBe(403)
  })

  it("une offre partagée arrive dans la conversation de chacun des jeunes choisis, et d'eux seuls", async () => {
    const shared = await share(counsellor.token, { source: 'cej-offers', offer: civicOffer, accounts: [young.Xavier.id, young.Yasmine.id] })
    expect(shared.status).toBe(201)
    expect(shared.body.docs).toHaveLength(2)
    expect(shared.body.message).toBe('Offre partagée avec 2 jeunes.')
    for (const name of ['Xavier', 'Yasmine']) {
      const { body } = await api(`/api/messages?where[account][equals]=${young[name].id}&depth=0`, { token: young[name].token })
      expect(body.docs).toHaveLength(1)
      expect(body.docs[0].text).toContain('je vous partage une offre')
      expect(body.docs[0].text).toContain(`« Mission de service civique ${run} » — Unis-Cité, Rouen.`)
      expect(body.docs[0].authorName).toBe(`Conseiller Rouennais${run}`)
    }
    expect((await api('/api/messages?depth=0', { token: young.Zoe.token })).body.docs).toHaveLength(0)

    // Someone outside the counsellor's portfolio: refused, and nothing written for anyone.
    const outside = await share(counsellor.token, { source: 'cej-offers', offer: civicOffer, accounts: [young.Zoe.id, young.William.id] })
    expect(outside.status).toBe(403)
    expect((await api('/api/messages?depth=0', { token: young.Zoe.token })).body.docs).toHaveLength(0)
    expect((await api(`/api/offer-shares?where[offerId][equals]=${civicOffer}&depth=0`, { token: counsellor.token })).body.totalDocs).toBe(2)

    // An employer's offer of the placement module travels the same way.
    const placement = await share(counsellor.token, { source: 'offers', offer: placementOffer.id, accounts: [young.Zoe.id], text: 'Regarde celle-ci !' })
    expect(placement.status).toBe(201)
    const zoe = (await api('/api/messages?depth=0', { token: young.Zoe.token })).body.docs
    expect(zoe[0].text).toContain('Regarde celle-ci !')
    expect(zoe[0].text).toContain(placementOffer.title)

    expect((await share(counsellor.token, { source: 'cej-offers', offer: 999999, accounts: [young.Zoe.id] })).status).toBe(404)
    expect((await share(counsellor.token, { source: 'ailleurs', offer: civicOffer, accounts: [young.Zoe.id] })).status).toBe(400)
    expect((await share(counsellor.token, { source: 'cej-offers', offer: civicOffer, accounts: [] })).status).toBe(400)
    expect((await share(young.Xavier.token, { source: 'cej-offers', offer: civicOffer, accounts: [young.Zoe.id] })).status).toBe(403)
  })

  it('le conseiller voit quels jeunes ont sauvegardé l’offre ou postulé', async () => {
    const saved = await api('/api/favourite-offers?depth=0', { method: 'POST', token: young.Xavier.token, body: { offerSource: 'cej-offers', offerId: civicOffer } })
    expect(saved.status).toBe(201)
    expect(saved.body.doc).toMatchObject({ account: young.Xavier.id, offerTitle: `Mission de service civique ${run}` })
    expect((await api('/api/favourite-offers?depth=0', { method: 'POST', token: young.Xavier.token, body: { offerSource: 'cej-offers', offerId: civicOffer } })).status).toBe(409)
    const applied = await api('/api/favourite-offers?depth=0', { method: 'POST', token: young.Yasmine.token, body: { offerSource: 'cej-offers', offerId: civicOffer, applied: true } })
    expect(applied.status).toBe(201)
    expect(applied.body.doc.appliedAt).toBeTruthy()
    // A young person of another Mission Locale cannot save an offer they cannot read.
    expect((await api('/api/favourite-offers?depth=0', { method: 'POST', token: young.William.token, body: { offerSource: 'cej-offers', offerId: civicOffer } })).status).toBe(404)
    expect((await api('/api/favourite-offers?depth=0', { method: 'POST', token: counsellor.token, body: { offerSource: 'cej-offers', offerId: civicOffer } })).status).toBe(403)

    const { body } = await api(`/api/offer-shares?where[offerId][equals]=${civicOffer}&where[offerSource][equals]=cej-offers&depth=0`, { token: counsellor.token })
    const byAccount = Object.fromEntries(body.docs.map((d: { account: number; saved: boolean; applied: boolean }) => [d.account, { saved: d.saved, applied: d.applied }]))
    expect(byAccount).toEqual({ [young.Xavier.id]: { saved: true, applied: false }, [young.Yasmine.id]: { saved: true, applied: true } })
    const gql = await graphql(`{ OfferShares(where: { offerId: { equals: ${civicOffer} } }) { docs { account { id } saved applied } } }`, {}, counsellor.token)
    expect(gql.data.OfferShares.docs).toHaveLength(2)
  })

  it('le jeune garde ses recherches et reçoit une alerte pour une nouvelle offre qui y correspond', async () => {
    const search = await api('/api/saved-searches?depth=0', { method: 'POST', token: young.Xavier.token, body: { name: 'Immersion boulangerie', kind: 'immersion', q: `boulanger ${run}`, department: '76' } })
    expect(search.status).toBe(201)
    expect(search.body.doc.account).toBe(young.Xavier.id)
    // Same criteria in another Mission Locale: the Rouen offer is not theirs to read.
    expect((await api('/api/saved-searches?depth=0', { method: 'POST', token: young.William.token, body: { name: 'Pareil', kind: 'immersion', q: `boulanger ${run}` } })).status).toBe(201)
    expect((await api('/api/saved-searches?depth=0', { method: 'POST', token: young.Yasmine.token, body: { name: 'Autre type', kind: 'employment', q: `boulanger ${run}` } })).status).toBe(201)

    const offer = await createOffer(counsellor.token, { title: `Immersion boulanger ${run}`, kind: 'immersion', organisation: 'Fournil du Gros-Horloge' })
    expect(offer.status).toBe(201)
    const mail = await waitForMail(mailbox, { to: young.Xavier.email, contains: `Immersion boulanger ${run}` })
    expect(mail.text).toContain('recherches sauvegard')
    const inApp = await api('/api/notifications?where[kind][equals]=offer-alert&depth=0', { token: young.Xavier.token })
    expect(inApp.body.docs.map((n: { title: string }) => n.title)).toEqual([`Nouvelle offre : Immersion boulanger ${run}`])
    await sleep(2000)
    for (const name of ['William', 'Yasmine']) {
      expect((await api('/api/notifications?where[kind][equals]=offer-alert&depth=0', { token: young[name].token })).body.docs).toHaveLength(0)
      expect(mailbox.messages.some((m) => m.to.includes(young[name].email) && m.raw.includes('Nouvelle offre'))).toBe(false)
    }
  })

  it('une autre Mission Locale ne voit rien : ni les offres, ni les partages, ni les favoris, ni les recherches (REST et GraphQL)', async () => {
    for (const collection of ['offer-shares', 'favourite-offers', 'saved-searches']) {
      const mine = await api(`/api/${collection}?limit=100&depth=0&where[structure][equals]=${rouenId}`, { token: counsellor.token })
      expect(mine.body.totalDocs).toBeGreaterThan(0)
      const theirs = await api(`/api/${collection}?limit=100&depth=0&where[structure][equals]=${rouenId}`, { token: caenCounsellor.token })
      expect(theirs.body.totalDocs).toBe(0)
    }
    expect((await api(`/api/cej-offers/${civicOffer}`, { token: caenCounsellor.token })).status).toBe(404)
    expect((await api(`/api/cej-offers/${civicOffer}`, { token: young.William.token })).status).toBe(404)
    expect((await api(`/api/cej-offers/${civicOffer}`, { token: young.Zoe.token })).status).toBe(200)
    const gql = await graphql(
      `{ OfferShares(limit: 100) { docs { id } } FavouriteOffers(limit: 100) { docs { id } } SavedSearches(limit: 100) { docs { id } } CejOffers(limit: 100, where: { id: { equals: ${civicOffer} } }) { docs { id } } }`,
      {},
      caenCounsellor.token,
    )
    expect(gql.errors).toBeUndefined()
    const mineIds = new Set((await api('/api/offer-shares?limit=100&depth=0', { token: counsellor.token })).body.docs.map((d: { id: number }) => d.id))
    expect(gql.data.OfferShares.docs.filter((d: { id: number }) => mineIds.has(d.id))).toEqual([])
    expect(gql.data.CejOffers.docs).toEqual([])
    // A young person sees only their own shares.
    const xavier = await api('/api/offer-shares?depth=0', { token: young.Xavier.token })
    expect(xavier.body.docs.every((d: { account: number }) => d.account === young.Xavier.id)).toBe(true)
    expect(xavier.body.totalDocs).toBe(1)
    // Shares are written by the endpoint only.
    expect((await api('/api/offer-shares', { method: 'POST', token: counsellor.token, body: { offerSource: 'cej-offers', offerId: civicOffer, account: young.Zoe.id } })).status).toBe(403)
  })
})
