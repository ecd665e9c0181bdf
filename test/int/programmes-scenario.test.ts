import { beforeAll, describe, expect, it } from 'vitest'

import { DEMO_PASSWORD, api, graphql, login, staff } from '../helpers/api'

/**
 * Issue 18, the scenario: one young person, one login, three programmes at three structures (CEJ
 * at the Mission Locale de Rouen, Atouts at the Lycée Alfred-Costes, a bilan at the DABM Lunel).
 * Each structure follows her through its own programme and reads its own module's data only, with
 * or without her consent; counts and filters are no oracle. With consent, each reads her path.
 */
const stamp = Date.now()
const person = { id: 0, email: `trois.structures.${stamp}@exemple.fr`, token: '' }
const tokens = { mission: '', establishment: '', dabm: '' }
const created = { action: 0, note: 0, bilan: 0 }

type Caller = keyof typeof tokens
const GRAPHQL_NAMES: Record<string, string> = { actions: 'Actions', 'private-notes': 'PrivateNotes', bilans: 'Bilans', programmes: 'Programmes', accounts: 'Accounts' }

/** The ids a caller reads of one collection about the person: REST list (its count) and GraphQL must agree; a refused list reads nothing. */
const idsRead = async (caller: Caller | 'person', collection: string, field: string) => {
  const token = caller === 'person' ? person.token : tokens[caller]
  const rest = await api(`/api/${collection}?where[${field}][equals]=${person.id}&depth=0&sort=id`, { token })
  const restIds = rest.status === 200 ? (rest.body.docs as { id: number }[]).map((doc) => doc.id) : []
  if (rest.status === 200) expect(rest.body.totalDocs).toBe(restIds.length)
  else expect(rest.status).toBe(403)
  const name = GRAPHQL_NAMES[collection]
  const gql = await graphql(`{ ${name}(where: { ${field}: { equals: ${person.id} } }, sort: "id") { totalDocs docs { id } } }`, {}, token)
  const gqlIds = gql.data?.[name]?.docs?.map((doc: { id: number }) => doc.id) ?? []
  expect(gqlIds).toEqual(restIds)
  return restIds
}

/** The programmes each structure runs: the Mission Locale's CEJ and its follow-up as structure of first contact (issue 18); one each for the others. */
const OWN_PROGRAMMES = { mission: 2, establishment: 1, dabm: 1 } as const

const openProgramme = async (token: string, kind: string) => {
  const opened = await api('/api/accounts/open-programme', { method: 'POST', token, body: { email: person.email, kind, startDate: kind === 'placement' ? '2026-02-02' : '2026-03-09' } })
  expect(opened.status, JSON.stringify(opened.body)).toBe(201)
  return opened.body.programme as number
}

beforeAll(async () => {
  tokens.mission = await login(staff('referent-full'))
  tokens.establishment = await login(staff('establishment-referent'))
  tokens.dabm = await login(staff('counsellor'))
  const rouen = (await api('/api/structures?where[name][equals]=Mission Locale de Rouen&depth=0', { token: tokens.mission })).body.docs[0].id
  const account = await api('/api/accounts', {
    method: 'POST',
    token: tokens.mission,
    body: { email: person.email, password: DEMO_PASSWORD, firstName: 'Maëlle', lastName: `Troisstructures${stamp}`, birthDate: '2006-05-17', postalCode: '76000', structure: rouen },
  })
  expect(account.status, JSON.stringify(account.body)).toBe(201)
  person.id = account.body.doc.id
  const cej = await api('/api/programmes', { method: 'POST', token: tokens.mission, body: { account: person.id, kind: 'cej', status: 'in-progress', startDate: '2026-01-05' } })
  expect(cej.status, JSON.stringify(cej.body)).toBe(201)
})

describe('Un jeune suivi par trois structures (issue 18)', () => {
  it('L’établissement et le DABM ouvrent leur dispositif sur la personne existante ; elle garde un seul identifiant', async () => {
    await openProgramme(tokens.establishment, 'placement')
    await openProgramme(tokens.dabm, 'bilan')
    const loggedIn = await api('/api/accounts/login', { method: 'POST', body: { email: person.email, password: DEMO_PASSWORD } })
    expect(loggedIn.status).toBe(200)
    person.token = loggedIn.body.token
    for (const caller of ['mission', 'establishment', 'dabm'] as const) {
      expect(await idsRead(caller, 'accounts', 'id')).toEqual([person.id])
      expect(await idsRead(caller, 'programmes', 'account')).toHaveLength(OWN_PROGRAMMES[caller])
    }
    // Three « dispositifs » and the follow-up by the structure of first contact, opened with the account.
    expect(await idsRead('person', 'programmes', 'account')).toHaveLength(4)
  })

  it('Chaque structure écrit dans son dispositif : l’action CEJ à la Mission Locale, la note confidentielle à l’établissement, le bilan au DABM', async () => {
    const action = await api('/api/actions?depth=0', { method: 'POST', token: person.token, body: { category: 'training', title: 'Préparer un entretien', dueDate: '2026-12-24' } })
    expect(action.status, JSON.stringify(action.body)).toBe(201)
    created.action = action.body.doc.id
    const note = await api('/api/private-notes?depth=0', { method: 'POST', token: tokens.establishment, body: { account: person.id, body: 'Confidentiel : aménagement nécessaire.' } })
    expect(note.status, JSON.stringify(note.body)).toBe(201)
    created.note = note.body.doc.id
    const phases = await api('/api/bilan-phases?sort=order&limit=1&depth=0', { token: tokens.dabm })
    const bilan = await api('/api/bilans?depth=0', { method: 'POST', token: tokens.dabm, body: { candidate: person.id, modality: 'remote', phases: [phases.body.docs[0].id] } })
    expect(bilan.status, JSON.stringify(bilan.body)).toBe(201)
    created.bilan = bilan.body.doc.id
  })

  const noLeak = async () => {
    expect(await idsRead('mission', 'actions', 'account')).toEqual([created.action])
    expect(await idsRead('establishment', 'actions', 'account')).toEqual([])
    expect(await idsRead('dabm', 'actions', 'account')).toEqual([])
    expect(await idsRead('establishment', 'private-notes', 'account')).toEqual([created.note])
    expect(await idsRead('mission', 'private-notes', 'account')).toEqual([])
    expect(await idsRead('dabm', 'private-notes', 'account')).toEqual([])
    expect(await idsRead('dabm', 'bilans', 'candidate')).toEqual([created.bilan])
    expect(await idsRead('mission', 'bilans', 'candidate')).toEqual([])
    expect(await idsRead('establishment', 'bilans', 'candidate')).toEqual([])
    for (const caller of ['mission', 'establishment', 'dabm'] as const) expect(await idsRead(caller, 'programmes', 'account')).toHaveLength(OWN_PROGRAMMES[caller])
  }

  it('Sans consentement : aucune fuite d’un dispositif à l’autre (listes, comptes, filtres), parcours réservé au jeune', async () => {
    await noLeak()
    for (const caller of ['mission', 'establishment', 'dabm'] as const) {
      expect((await api(`/api/accounts/${person.id}/path`, { token: tokens[caller] })).status).toBe(403)
    }
  })

  it('Avec consentement : le parcours, dans l’ordre, pour chaque structure ; les données des modules restent à chacune', async () => {
    expect((await api('/api/accounts/sharing-consent', { method: 'POST', token: person.token, body: { given: true } })).status).toBe(200)
    await noLeak()
    for (const token of [person.token, tokens.mission, tokens.establishment, tokens.dabm]) {
      const path = await api(`/api/accounts/${person.id}/path`, { token })
      expect(path.status, JSON.stringify(path.body)).toBe(200)
      expect(path.body.programmes.map((p: { kind: string; structure: { name: string } }) => [p.kind, p.structure.name])).toEqual([
        ['cej', 'Mission Locale de Rouen'],
        ['placement', 'Lycée professionnel Alfred-Costes (Bobigny)'],
        ['bilan', 'Lunel'],
        // Opened with the account, today: after the programmes' dates.
        ['follow-up', 'Mission Locale de Rouen'],
      ])
      const times = (path.body.events as { at: string }[]).map((event) => event.at)
      expect(times).toEqual([...times].sort())
      expect(path.body.events.slice(0, 3).map((event: { label: string }) => event.label)).toEqual([
        "Début du dispositif : Contrat d'engagement jeune (CEJ)",
        'Début du dispositif : Atouts pour tous (placement)',
        'Début du dispositif : Bilan de compétences (DABM)',
      ])
    }
  })

  it('Archiver la personne atteint chaque dispositif : tous clos, plus aucune autre structure ne la suit, le consentement prend fin', async () => {
    const archived = await api(`/api/accounts/${person.id}/transitions`, { method: 'POST', token: tokens.mission, body: { event: 'ARCHIVE', reason: 'young-person-request' } })
    expect(archived.status, JSON.stringify(archived.body)).toBe(200)
    const all = await api(`/api/programmes?where[account][equals]=${person.id}&depth=0&limit=10&sort=id`, { token: await login(staff('super-admin')) })
    // The follow-up by the structure of first contact keeps the record under its number (issue 18); every « dispositif » is closed.
    const mine = all.body.docs.filter((doc: { kind: string }) => doc.kind !== 'follow-up')
    expect(mine.map((doc: { status: string }) => doc.status)).toEqual(['closed', 'closed', 'closed'])
    expect(mine.every((doc: { endDate: string | null }) => Boolean(doc.endDate))).toBe(true)
    expect(all.body.docs.filter((doc: { kind: string }) => doc.kind === 'follow-up').map((doc: { status: string }) => doc.status)).toEqual(['in-progress'])
    expect(await idsRead('establishment', 'accounts', 'id')).toEqual([])
    expect(await idsRead('dabm', 'accounts', 'id')).toEqual([])
    for (const caller of ['establishment', 'dabm'] as const) expect((await api(`/api/accounts/${person.id}/path`, { token: tokens[caller] })).status).toBe(404)
    // The structure of first contact keeps the record under its number (statistics), without sharing.
    expect((await api(`/api/accounts/${person.id}/path`, { token: tokens.mission })).status).toBe(403)
  })
})
