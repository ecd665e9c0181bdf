import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { api, graphql, login, staff } from '../helpers/api'

/** Seed 003, « Les champs obligatoires sur i-milo »: régional pour toutes les Missions Locales, local en plus. */
const run = Date.now()
const PASSWORD = 'Obligatoires-2026!'

describe('Champs obligatoires par niveau (région, Mission Locale)', () => {
  let superAdmin: string
  const ids: Record<string, number> = {}
  const tokens: Record<string, string> = {}
  const rules: number[] = []
  let completeId: number

  const structure = async (key: string, type: string, parent?: number) => {
    const { status, body } = await api('/api/structures', { method: 'POST', token: superAdmin, body: { name: `${key} ${run}`, type, ...(parent ? { parent } : {}) } })
    if (status !== 201) throw new Error(`Structure non créée : ${status} ${JSON.stringify(body)}`)
    ids[key] = body.doc.id
  }
  const person = async (key: string, roles: string[], structureKey: string) => {
    const email = `obligatoires.${key.toLowerCase()}.${run}@exemple.fr`
    const { status, body } = await api('/api/users', {
      method: 'POST',
      token: superAdmin,
      body: { email, password: PASSWORD, firstName: key, lastName: `Obligatoires${run}`, roles, structures: [ids[structureKey]], ignoreDuplicates: true },
    })
    if (status !== 201) throw new Error(`Utilisateur non créé : ${status} ${JSON.stringify(body)}`)
    ids[key] = body.doc.id
    tokens[key] = await login(email, { password: PASSWORD })
  }
  const newAccount = (token: string, structureKey: string, extra: Record<string, unknown> = {}) =>
    api('/api/accounts', {
      method: 'POST',
      token,
      body: { email: `jeune.${structureKey.toLowerCase()}.${Math.random().toString(36).slice(2)}.${run}@exemple.fr`, firstName: 'Inès', lastName: `Obligatoires${run}`, postalCode: '14000', structure: ids[structureKey], ...extra },
    })
  const pathsOf = (body: any): string[] => (body?.errors?.[0]?.data?.errors ?? []).map((e: { path: string }) => e.path).sort()

  beforeAll(async () => {
    superAdmin = await login(staff('super-admin'))
    await structure('RegionA', 'region')
    await structure('MLA', 'mission-locale', ids.RegionA)
    await structure('AntenneA', 'antenne', ids.MLA)
    await structure('RegionB', 'region')
    await structure('MLB', 'mission-locale', ids.RegionB)
    await person('AdminRegional', ['admin'], 'RegionA')
    await person('AdminLocal', ['admin'], 'MLA')
    await person('ConseillerA', ['counsellor'], 'MLA')
    await person('ConseillerB', ['counsellor'], 'MLB')
  })

  afterAll(async () => {
    for (const id of rules) await api(`/api/required-fields/${id}`, { method: 'DELETE', token: superAdmin })
  })

  it("un administrateur régional rend des champs obligatoires pour toute la région ; une Mission Locale ajoute les siens, pas ceux de la région", async () => {
    const regional = await api('/api/required-fields', { method: 'POST', token: tokens.AdminRegional, body: { structure: ids.RegionA, fields: ['phone', 'birthDate'] } })
    expect(regional.status).toBe(201)
    rules.push(regional.body.doc.id)
    expect(regional.body.doc.level).toBe('Régional')

    const localOnRegion = await api('/api/required-fields', { method: 'POST', token: tokens.AdminLocal, body: { structure: ids.RegionB, fields: ['city'] } })
    expect(localOnRegion.status).toBe(403)
    const regionalEdit = await api(`/api/required-fields/${regional.body.doc.id}`, { method: 'PATCH', token: tokens.AdminLocal, body: { fields: [] } })
    expect([403, 404]).toContain(regionalEdit.status)

    const local = await api('/api/required-fields', { method: 'POST', token: tokens.AdminLocal, body: { structure: ids.MLA, fields: ['city'] } })
    expect(local.status).toBe(201)
    rules.push(local.body.doc.id)

    const onAntenne = await api('/api/required-fields', { method: 'POST', token: tokens.AdminLocal, body: { structure: ids.AntenneA, fields: ['city'] } })
    expect(onAntenne.status).toBe(400)
    expect(pathsOf(onAntenne.body)).toEqual(['structure'])
    const counsellorWrites = await api('/api/required-fields', { method: 'POST', token: tokens.ConseillerA, body: { structure: ids.MLA, fields: ['address'] } })
    expect(counsellorWrites.status).toBe(403)
  })

  it('un dossier créé dans une Mission Locale de la région doit remplir l’union, avec un message nommant chaque champ manquant', async () => {
    const refused = await newAccount(tokens.ConseillerA, 'MLA')
    expect(refused.status).toBe(400)
    expect(pathsOf(refused.body)).toEqual(['birthDate', 'city', 'phone'])
    const message = refused.body.errors[0].message as string
    for (const label of ['Téléphone', 'Date de naissance', 'Ville']) expect(message).toContain(label)
    const details = refused.body.errors[0].data.errors.map((e: { message: string }) => e.message).join(' | ')
    expect(details).toContain(`règle régionale : RegionA ${run}`)
    expect(details).toContain(`règle locale : MLA ${run}`)

    // Also at an antenne below the Mission Locale.
    const atAntenne = await newAccount(tokens.ConseillerA, 'AntenneA', { phone: '0601020304' })
    expect(atAntenne.status).toBe(400)
    expect(pathsOf(atAntenne.body)).toEqual(['birthDate', 'city'])

    const complete = await newAccount(tokens.ConseillerA, 'MLA', { phone: '0601020304', birthDate: '2004-05-06', city: 'Caen' })
    expect(complete.status).toBe(201)
    const id = complete.body.doc.id
    completeId = id

    // Emptying a required field later is refused too; a write that touches none of the record's fields goes through.
    const emptied = await api(`/api/accounts/${id}`, { method: 'PATCH', token: tokens.ConseillerA, body: { phone: '' } })
    expect(emptied.status).toBe(400)
    expect(pathsOf(emptied.body)).toEqual(['phone'])
    const referents = await api(`/api/accounts/${id}`, { method: 'PATCH', token: tokens.ConseillerA, body: { referents: [ids.ConseillerA] } })
    expect(referents.status).toBe(200)
  })

  it("le même dossier dans une Mission Locale d'une autre région n'est pas concerné", async () => {
    const elsewhere = await newAccount(tokens.ConseillerB, 'MLB')
    expect(elsewhere.status).toBe(201)
  })

  it('GraphQL applique la même règle', async () => {
    const { errors } = await graphql(`mutation($id: Int!) { updateAccount(id: $id, data: { phone: "", city: "" }) { id } }`, { id: completeId }, tokens.ConseillerA)
    expect(errors?.[0]?.message).toContain('Téléphone')
    expect(errors?.[0]?.message).toContain('Ville')
    expect((await api(`/api/accounts/${completeId}?depth=0`, { token: tokens.ConseillerA })).body.phone).toBe('0601020304')
  })

  it('la liste de ce qui est obligatoire où se lit par tous ceux qui saisissent les dossiers, pas par une autre région', async () => {
    const mine = await api('/api/required-fields?depth=0&limit=50', { token: tokens.ConseillerA })
    expect(mine.status).toBe(200)
    expect(mine.body.docs.map((d: { id: number }) => d.id).sort()).toEqual([...rules].sort())
    const other = await api('/api/required-fields?depth=0&limit=50', { token: tokens.ConseillerB })
    expect(other.body.docs.filter((d: { id: number }) => rules.includes(d.id))).toEqual([])
    const otherGraphql = await graphql(`{ RequiredFields(limit: 50) { docs { id } } }`, {}, tokens.ConseillerB)
    expect((otherGraphql.data?.RequiredFields?.docs ?? []).filter((d: { id: number }) => rules.includes(d.id))).toEqual([])
    const mineGraphql = await graphql(`{ RequiredFields(limit: 50) { docs { id fields } } }`, {}, tokens.ConseillerA)
    expect(mineGraphql.data.RequiredFields.docs.length).toBe(2)

    const applicable = await api(`/api/required-fields/applicable?structure=${ids.AntenneA}`, { token: tokens.ConseillerA })
    expect(applicable.status).toBe(200)
    expect(applicable.body.fields.map((f: { path: string }) => f.path)).toEqual(['birthDate', 'phone', 'city'])
    expect(applicable.body.fields.find((f: { path: string }) => f.path === 'city').requiredBy[0]).toMatchObject({ structure: ids.MLA, type: 'mission-locale' })
    expect((await api(`/api/required-fields/applicable?structure=${ids.MLA}`, { token: tokens.ConseillerB })).status).toBe(403)
    expect((await api('/api/required-fields/applicable', { token: tokens.ConseillerA })).status).toBe(400)
  })
})
