import { createLocalReq, type Payload, type PayloadRequest, type Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { inUserStructures, requireAccess, sectionInStructures } from '../../src/kernel/access'
import { closeLocalPayload, localPayload, userByEmail } from '../helpers/payload'

let payload: Payload

const structureId = async (name: string) => {
  const { docs } = await payload.find({ collection: 'structures', where: { name: { equals: name } }, limit: 1, depth: 0, overrideAccess: true })
  if (!docs[0]) throw new Error(`Structure de démonstration introuvable : ${name}`)
  return Number(docs[0].id)
}

const requestAs = async (email: string): Promise<PayloadRequest> => createLocalReq({ user: await userByEmail(payload, email) as never }, payload)

/** The structure ids a scope grants: `{ structure: { equals } }` or an `or` of them, each id once (issue #16). */
const idsIn = (result: unknown): number[] => {
  const where = result as Where
  const conditions = (where.or as Where[] | undefined) ?? [where]
  return conditions.map((condition) => (condition.structure as { equals: number }).equals)
}

beforeAll(async () => {
  payload = await localPayload()
})
afterAll(closeLocalPayload)

describe('Le vocabulaire d’accès sur l’arbre des structures (base réelle)', () => {
  it('Une référente rattachée à la Région voit la Région, ses Missions Locales et leurs antennes, rien d’une autre académie', async () => {
    const req = await requestAs('referent-structures@tremplin.test')
    const ids = idsIn(await inUserStructures('structure')({ req }))
    const inside = await Promise.all(
      ['Région Normandie', 'Mission Locale de Rouen', 'Mission Locale de Caen', "Antenne d'Elbeuf", "Antenne d'Hérouville-Saint-Clair", "Antenne d'Harfleur", 'Cap emploi Normandie'].map(structureId),
    )
    expect(ids).toEqual(expect.arrayContaining(inside))
    expect(ids).not.toContain(await structureId('Académie de Montpellier'))
    expect(ids).not.toContain(await structureId('Lunel'))
  })

  it('Un référent d’une Mission Locale voit son antenne mais ni sa Région ni la Mission Locale voisine', async () => {
    const req = await requestAs('referent-accounts@tremplin.test')
    const ids = idsIn(await inUserStructures('structure')({ req }))
    expect(ids).toEqual(expect.arrayContaining([await structureId('Mission Locale de Rouen'), await structureId("Antenne d'Elbeuf")]))
    for (const outside of ['Région Normandie', 'Mission Locale de Caen', "Antenne d'Hérouville-Saint-Clair"]) expect(ids).not.toContain(await structureId(outside))
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('Le champ nommé porte la condition ; la super-administratrice voit tout', async () => {
    const req = await requestAs('referent-accounts@tremplin.test')
    // Issue #16: one equality per structure (each id once), each on the named field.
    const conditions = ((await inUserStructures('structures')({ req })) as Where).or as Where[]
    expect(conditions.length).toBeGreaterThan(0)
    for (const condition of conditions) expect(Object.keys(condition)).toEqual(['structures'])
    expect(await inUserStructures('structure')({ req: await requestAs('super-admin@tremplin.test') })).toBe(true)
  })

  it('Une rubrique que le rôle n’ouvre pas ne donne rien, même dans ses structures', async () => {
    const req = await requestAs('referent-accounts@tremplin.test')
    expect(await sectionInStructures('forms')({ req })).toBe(false)
    expect(idsIn(await sectionInStructures('accounts')({ req }))).toContain(await structureId('Mission Locale de Rouen'))
  })

  it('requireAccess rend la condition à interroger, ou un 403 en français ; sur un document, il le confronte à la base', async () => {
    const req = await requestAs('referent-accounts@tremplin.test')
    expect(idsIn(await requireAccess({ access: inUserStructures('structure'), req }))).toContain(await structureId('Mission Locale de Rouen'))
    await expect(requireAccess({ access: sectionInStructures('forms'), req, message: 'Réservé aux formulaires.' })).rejects.toMatchObject({
      status: 403,
      message: 'Réservé aux formulaires.',
    })
    const elbeuf = { id: await structureId("Antenne d'Elbeuf") }
    const caen = { id: await structureId('Mission Locale de Caen') }
    expect(await requireAccess({ access: inUserStructures('id'), req, on: { collection: 'structures', doc: elbeuf } })).toBe(true)
    await expect(requireAccess({ access: inUserStructures('id'), req, on: { collection: 'structures', doc: caen } })).rejects.toMatchObject({ status: 403 })
  })
})
