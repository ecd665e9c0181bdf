import type { PayloadRequest, SanitizedConfig } from 'payload'
import { describe, expect, it } from 'vitest'

import { api, login, staff } from '../helpers/api'

/**
 * Issue 15, points 1 and 6: people are shown by name, « Prénom NOM », never by their e-mail: a
 * document's title, the relationship fields (which ask only for the title) and their search.
 */
describe('Les personnes par leur nom dans l’administration', () => {
  it('Un utilisateur est titré « Prénom NOM », même quand seul le titre est demandé (champ de relation)', async () => {
    const token = await login(staff('referent-accounts'))
    const full = await api('/api/users?where[email][equals]=referent-accounts@tremplin.test&depth=0', { token })
    expect(full.body.docs[0].fullName).toBe('Karim BENALI')
    // What Payload's relationship field asks for: the title alone.
    const titleOnly = await api(`/api/users/${full.body.docs[0].id}?depth=0&select[fullName]=true`, { token })
    expect(titleOnly.status).toBe(200)
    expect(titleOnly.body.fullName).toBe('Karim BENALI')
    expect(JSON.stringify(titleOnly.body.fullName)).not.toContain('@')
  })

  it('La recherche d’un champ de relation sur le nom trouve la personne par prénom et nom (et non une erreur)', async () => {
    const token = await login(staff('super-admin'))
    const search = await api('/api/users?depth=0&select[fullName]=true&where[and][0][fullName][like]=karim%20ben', { token })
    expect(search.status, JSON.stringify(search.body)).toBe(200)
    expect(search.body.docs.map((doc: { fullName: string }) => doc.fullName)).toEqual(['Karim BENALI'])
    const lastName = `Cherche${Date.now()}`
    const created = await api('/api/accounts', { method: 'POST', body: { email: `${lastName}@exemple.fr`, password: 'Recherche-2026!', firstName: 'Maëlle', lastName, postalCode: '76000', birthDate: '2004-04-04' } })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const accounts = await api(`/api/accounts?depth=0&select[fullName]=true&where[fullName][like]=ma%C3%ABlle%20${lastName}`, { token })
    expect(accounts.status, JSON.stringify(accounts.body)).toBe(200)
    expect(accounts.body.docs.map((doc: { fullName: string }) => doc.fullName)).toEqual([`Maëlle ${lastName.toUpperCase()}`])
  })

  it('Un compte créé par un référent : titré par son nom, référents nommés, activé, sans mot de passe choisi par le référent', async () => {
    const token = await login(staff('referent-accounts'))
    const rouen = (await api('/api/structures?where[name][like]=Rouen&where[type][equals]=mission-locale&depth=0&limit=1', { token })).body.docs[0]
    const me = (await api('/api/users?where[email][equals]=referent-accounts@tremplin.test&depth=0', { token })).body.docs[0]
    const created = await api('/api/accounts', {
      method: 'POST',
      token,
      body: { email: `nom.${Date.now()}@exemple.fr`, firstName: 'Léna', lastName: 'Dupré', birthDate: '2004-04-04', structure: rouen.id, referents: [me.id] },
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    expect(created.body.doc).toMatchObject({ fullName: 'Léna DUPRÉ', status: 'enabled', origin: 'staff' })
    const read = await api(`/api/accounts/${created.body.doc.id}?depth=1`, { token })
    expect(read.body.referents[0].fullName).toBe('Karim BENALI')
  })
})

describe('Les textes de Payload sur nos pages, et l’onglet « API »', () => {
  it('Les tournures maladroites de Payload sont remplacées (« un(e) nouveau ou nouvelle », « Par Page », « Vrai / Faux »)', async () => {
    const config: SanitizedConfig = await (await import('../../payload.config')).default
    const fr = (config.i18n.translations as Record<string, Record<string, Record<string, string>>>).fr
    const shown = ['creatingNewLabel', 'createNewLabel', 'createNew', 'noLabel', 'perPage', 'true', 'false', 'noResults', 'none'].map((key) => fr.general[key])
    for (const text of [...shown, fr.fields.addNewLabel, fr.fields.chooseLabel, fr.error.unauthorized]) {
      expect(text).not.toMatch(/un\(e\)|nouveau ou nouvelle|\(e\)|Par Page|<Pas de|Vrai|Faux|vous devez être connecté/)
    }
    expect([fr.general.true, fr.general.false]).toEqual(['Oui', 'Non'])
  })

  it('L’onglet « API » d’un document est réservé aux super-administrateurs', async () => {
    const config: SanitizedConfig = await (await import('../../payload.config')).default
    const asUser = (roles: string[]) => ({ req: { user: { id: 1, collection: 'users', roles } } as unknown as PayloadRequest }) as never
    for (const collection of config.collections.filter((entry) => !entry.slug.startsWith('payload-'))) {
      const condition = (collection.admin.components?.views?.edit as { api?: { tab?: { condition?: (args: never) => boolean } } } | undefined)?.api?.tab?.condition
      expect(condition, collection.slug).toBeTypeOf('function')
      expect(condition!(asUser(['admin'])), collection.slug).toBe(false)
      expect(condition!(asUser(['super-admin'])), collection.slug).toBe(true)
    }
  })
})
