import type { SanitizedConfig } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { DEMO_PASSWORD, api, login, staff } from '../helpers/api'
import { findFirst } from './placement-helpers'

/**
 * Issue 15, point 2: every refusal a person can meet in the admin names the field by its French
 * label, or says why in the manual's words; never an internal name. The test walks the refusals
 * of the REST and transition APIs as the admin sends them (French) and fails on any raw name.
 */

type ErrorEntry = { message: string; field?: string; data?: { errors?: { path: string; label?: string; message: string }[] } | null }

let config: SanitizedConfig

type NamedField = { name?: string; type?: string; options?: unknown[]; flattenedFields?: NamedField[] }

const namesIn = (fields: NamedField[] = []): string[] =>
  fields.flatMap((field) => [
    ...(field.name ? [field.name] : []),
    ...(field.options ?? []).map((option) => (typeof option === 'string' ? option : String((option as { value: unknown }).value))),
    ...namesIn(field.flattenedFields),
  ])

/**
 * What the code calls things and a person never reads: camelCase or kebab-case field names and
 * option values, snake_case columns, the lifecycles' states and events (`TRANSFER`, `awaiting-validation`).
 */
const rawNamesOf = (collection: string): string[] => {
  const entry = config.collections.find((candidate) => candidate.slug === collection)!
  const lifecycle = (entry.custom?.lifecycle as { binding: { definition: { states: object; events: object } } } | undefined)?.binding.definition
  const names = [...namesIn(entry.flattenedFields as NamedField[]), ...Object.keys(lifecycle?.states ?? {}), ...Object.keys(lifecycle?.events ?? {})]
  return [...new Set(names)].filter((name) => /[a-z][A-Z]|[a-z]-[a-z]|_|^[A-Z]{3,}$/.test(name))
}

/** The answer refuses in the admin's words: labels in the summary, no raw name anywhere. */
const expectFrenchRefusal = ({ body, collection, labels = [] }: { body: { errors: ErrorEntry[] }; collection: string; labels?: string[] }) => {
  const raw = rawNamesOf(collection)
  for (const entry of body.errors) {
    const fieldErrors = entry.data?.errors ?? []
    const texts = [entry.message, ...fieldErrors.map((error) => error.message)]
    for (const text of texts) {
      for (const name of raw) expect(text, `« ${name} » dans « ${text} »`).not.toMatch(new RegExp(`(^|[^\\w-])${name}($|[^\\w-])`))
      expect(text).not.toMatch(/vous devez être connecté/i)
    }
    for (const error of fieldErrors) {
      // The summary (« Le champ suivant n’est pas valide : … ») lists labels, not paths.
      expect(entry.message, entry.message).not.toMatch(new RegExp(`: (.*, )?${error.path.replaceAll('.', '\\.')}(,|$)`))
      expect(error.message).not.toContain(`« ${error.path} »`)
    }
  }
  for (const label of labels) expect(body.errors[0].message).toContain(label)
}

const transition = (token: string, collection: string, id: number, event: string, data: Record<string, unknown> = {}) =>
  api(`/api/${collection}/${id}/transitions`, { method: 'POST', token, body: { event, ...data }, headers: { 'accept-language': 'fr' } })

const post = (token: string | undefined, collection: string, body: Record<string, unknown>) =>
  api(`/api/${collection}`, { method: 'POST', token, body, headers: { 'accept-language': 'fr' } })

const minorBirthDate = () => {
  const date = new Date()
  date.setFullYear(date.getFullYear() - 15)
  return date.toISOString().slice(0, 10)
}

/** A staff user of this file's own (the demo people stay as they are), logged in. */
const aStaffUser = async ({ role, structure }: { role: string; structure: number }) => {
  const email = `refus.${role}.${Date.now()}@exemple.fr`
  const created = await post(await login(staff('super-admin')), 'users', { email, password: DEMO_PASSWORD, firstName: 'Refus', lastName: `Test${Date.now()}`, roles: [role], structures: [structure] })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  return login(email)
}

let bobigny: { id: number }

beforeAll(async () => {
  config = await (await import('../../payload.config')).default
  bobigny = await findFirst(await login(staff('super-admin')), 'structures', 'where[name][like]=Bobigny')
})

describe('Les refus de l’administration, dans ses mots', () => {
  it('Créer un candidat : chaque champ manquant est nommé par son libellé (Structure de suivi, Référents, Contact familial)', async () => {
    const token = await aStaffUser({ role: 'establishment-referent', structure: bobigny.id })
    const base = { email: `refus-${Date.now()}@exemple.fr`, lastName: 'Refus', firstName: 'Rémi', birthDate: '2004-04-04' }

    const noStructure = await post(token, 'accounts', base)
    expect(noStructure.status).toBe(400)
    expect(noStructure.body.errors[0].field).toBe('structure')
    expectFrenchRefusal({ body: noStructure.body, collection: 'accounts', labels: ['Structure de suivi'] })

    const noReferent = await post(token, 'accounts', { ...base, structure: bobigny.id })
    expect(noReferent.status).toBe(400)
    expect(noReferent.body.errors[0].field).toBe('referents')
    expectFrenchRefusal({ body: noReferent.body, collection: 'accounts', labels: ['Référents'] })

    const minor = await post(token, 'accounts', { ...base, structure: bobigny.id, iAmReferent: true, birthDate: minorBirthDate() })
    expect(minor.status).toBe(400)
    expect(minor.body.errors[0].field).toBe('familyContact.name')
    expectFrenchRefusal({ body: minor.body, collection: 'accounts', labels: ['Contact familial (obligatoire pour un mineur) > Nom et prénom'] })

    const wrongType = await post(token, 'accounts', { ...base, structure: bobigny.id, iAmReferent: true, familyContact: 'Maman' })
    expect(wrongType.status).toBe(400)
    expectFrenchRefusal({ body: wrongType.body, collection: 'accounts', labels: ['Contact familial (obligatoire pour un mineur)'] })
  })

  it('Les actions du cycle de vie : donnée manquante, destination refusée, statut qui n’accepte pas l’action', async () => {
    const token = await login(staff('referent-accounts'))
    // A pre-registration on the public site (Rouen's postal code): « En attente de validation ».
    const created = await post(undefined, 'accounts', { email: `transfert-refus-${Date.now()}@exemple.fr`, password: DEMO_PASSWORD, firstName: 'Tom', lastName: 'Refus', birthDate: '2004-04-04', postalCode: '76000' })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const id = created.body.doc.id as number

    const missing = await transition(token, 'accounts', id, 'TRANSFER', { message: 'Déménagement' })
    expect(missing.status).toBe(400)
    expectFrenchRefusal({ body: missing.body, collection: 'accounts', labels: ['Mission Locale de destination'] })

    const notAMissionLocale = await transition(token, 'accounts', id, 'TRANSFER', { structure: bobigny.id, message: 'Déménagement' })
    expect(notAMissionLocale.status).toBe(400)
    expectFrenchRefusal({ body: notAMissionLocale.body, collection: 'accounts', labels: ['Mission Locale de destination'] })
    expect(notAMissionLocale.body.errors[0].data.errors[0].message).toContain('Choisissez une Mission Locale existante')

    expect((await transition(token, 'accounts', id, 'ENABLE')).status).toBe(200)
    // « Activé » now: enabling it again is refused in the states' words.
    const again = await transition(token, 'accounts', id, 'ENABLE')
    expect(again.status).toBe(409)
    expectFrenchRefusal({ body: again.body, collection: 'accounts', labels: ['Activer le compte', 'Activé'] })
  })

  it('Une personne connectée sans le droit lit pourquoi, pas « vous devez être connecté »', async () => {
    const employers = await findFirst(await login(staff('super-admin')), 'structures', 'where[type][equals]=employer')
    const token = await aStaffUser({ role: 'employer', structure: employers.id })
    const refused = await post(token, 'structures', { name: 'Structure refusée', type: 'partner' })
    expect(refused.status).toBe(403)
    expectFrenchRefusal({ body: refused.body, collection: 'structures' })
    expect(refused.body.errors[0].message).toContain('vos rôles ou vos structures')

    const account = await post(undefined, 'accounts', { email: `droit-${Date.now()}@exemple.fr`, password: DEMO_PASSWORD, firstName: 'Ana', lastName: 'Droit', birthDate: '2004-04-04', postalCode: '76000' })
    expect(account.status).toBe(201)
    const notTheirs = await transition(await login(staff('referent-instant-t')), 'accounts', account.body.doc.id, 'ENABLE')
    expect([403, 404]).toContain(notTheirs.status)
    expectFrenchRefusal({ body: notTheirs.body, collection: 'accounts' })
  })
})
