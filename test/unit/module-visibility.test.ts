import type { FieldAccess, PayloadRequest } from 'payload'
import { describe, expect, it } from 'vitest'

import { hiddenUnless, moduleFields, userWorksIn, worksInField, type Role } from '../../src/kernel/access'
import { isWorkFor, listHref, type WorkItem } from '../../src/kernel/workList'
import { Transitions } from '../../plugins/lifecycle/collections/Transitions'

const staff = (roles: Role[], structureTypes?: string[]) => ({ id: 7, collection: 'users', roles, structures: [1], structureTypes })
const account = { id: 7, collection: 'accounts' }
const fieldArgs = (user: unknown) => ({ req: { user, context: {} } as unknown as PayloadRequest }) as Parameters<FieldAccess>[0]

describe('Chaque rôle voit son module (issue 15, point 4)', () => {
  it('Un conseiller référent de DABM travaille dans le bilan, pas dans le CEJ ; un conseiller de Mission Locale l’inverse', () => {
    const dabmLead = staff(['counsellor', 'lead-counsellor'], ['dabm'])
    expect(userWorksIn(dabmLead, 'bilan')).toBe(true)
    expect(userWorksIn(dabmLead, 'cej')).toBe(false)
    const cejCounsellor = staff(['counsellor'], ['mission-locale'])
    expect(userWorksIn(cejCounsellor, 'cej')).toBe(true)
    expect(userWorksIn(cejCounsellor, 'bilan')).toBe(false)
  })

  it('Un administrateur de Mission Locale ouvre « placement » par son rôle mais n’y travaille pas ; celui d’une académie oui', () => {
    expect(userWorksIn(staff(['admin'], ['mission-locale']), 'placement')).toBe(false)
    expect(userWorksIn(staff(['admin'], ['academy']), 'placement')).toBe(true)
    expect(userWorksIn(staff(['establishment-referent'], ['establishment']), 'placement')).toBe(true)
  })

  it('Les rubriques sans lieu propre (comptes, Instant-T) suivent les rôles seuls ; le super-administrateur travaille partout', () => {
    expect(userWorksIn(staff(['referent-accounts'], ['mission-locale']), 'accounts')).toBe(true)
    expect(userWorksIn(staff(['referent-accounts'], ['mission-locale']), 'instant-t')).toBe(false)
    expect(userWorksIn(staff(['super-admin'], []), 'cej')).toBe(true)
    expect(userWorksIn(staff(['super-admin'], []), 'placement')).toBe(true)
  })

  it('Sans types de structures connus (utilisateur construit à la main), les rôles décident', () => {
    expect(userWorksIn(staff(['counsellor']), 'cej')).toBe(true)
    expect(userWorksIn(staff(['counsellor'], []), 'cej')).toBe(false)
  })

  it('La navigation (`admin.hidden`) cache l’agenda CEJ au conseiller référent de DABM et le montre au conseiller CEJ', () => {
    const hidden = hiddenUnless({ sections: ['cej'] })
    expect(hidden({ user: staff(['counsellor', 'lead-counsellor'], ['dabm']) })).toBe(true)
    expect(hidden({ user: staff(['counsellor'], ['antenne']) })).toBe(false)
    // Employers reach candidatures by role wherever they are.
    expect(hiddenUnless({ sections: ['placement'], roles: ['employer'] })({ user: staff(['employer'], ['employer']) })).toBe(false)
  })

  it('« Historique des statuts » n’apparaît dans la navigation que pour le super-administrateur, par le même helper', () => {
    const hidden = Transitions.admin?.hidden as (args: { user: unknown }) => boolean
    expect(hidden({ user: staff(['super-admin'], []) })).toBe(false)
    expect(hidden({ user: staff(['admin'], ['mission-locale']) })).toBe(true)
    expect(hidden({ user: account })).toBe(true)
  })

  it('Les champs d’un module sur une collection partagée : lus par ceux qui y travaillent et par le jeune lui-même', async () => {
    const [profile, row] = moduleFields({
      section: 'placement',
      fields: [
        { name: 'candidateProfile', type: 'group', fields: [{ name: 'project', type: 'text' }] },
        { type: 'row', fields: [{ name: 'nationality', type: 'text', access: { read: ({ req }) => req.user?.id !== 99 } }] },
      ],
    })
    const read = (field: unknown) => (field as { access: { read: FieldAccess } }).access.read
    expect(await read(profile)(fieldArgs(staff(['referent-accounts'], ['mission-locale'])))).toBe(false)
    expect(await read(profile)(fieldArgs(staff(['establishment-referent'], ['establishment'])))).toBe(true)
    expect(await read(profile)(fieldArgs(account))).toBe(true)
    // The field's own rule still applies, inside rows too.
    const nationality = (row as { fields: unknown[] }).fields[0]
    expect(await read(nationality)(fieldArgs({ ...staff(['establishment-referent'], ['establishment']), id: 99 }))).toBe(false)
    expect(await read(nationality)(fieldArgs(staff(['establishment-referent'], ['establishment'])))).toBe(true)
    expect(await worksInField('cej')(fieldArgs(staff(['lead-counsellor'], ['dabm'])))).toBe(false)
  })
})

describe('Listes de travail (issue 15, point 5)', () => {
  const pending: WorkItem = { key: 'k', label: 'Comptes en attente', filterLabel: 'En attente', collection: 'accounts', where: { status: { equals: 'pending' } }, sections: ['accounts'] }

  it('Chaque compteur mène à la liste filtrée exactement comme il compte', () => {
    expect(decodeURIComponent(listHref({ collection: pending.collection, where: { status: { equals: 'pending' } } }))).toBe('/admin/collections/accounts?where[status][equals]=pending')
    const nested = listHref({ collection: 'actions', where: { and: [{ status: { equals: 'done' } }, { 'qualification.qualifiedAt': { exists: false } }] } })
    expect(decodeURIComponent(nested)).toBe('/admin/collections/actions?where[and][0][status][equals]=done&where[and][1][qualification.qualifiedAt][exists]=false')
  })

  it('Un élément est le travail de qui travaille dans sa rubrique ou tient son rôle ; sans rubrique ni rôle, de tout professionnel', () => {
    expect(isWorkFor({ item: pending, user: staff(['referent-accounts'], ['mission-locale']) })).toBe(true)
    expect(isWorkFor({ item: pending, user: staff(['employer'], ['employer']) })).toBe(false)
    expect(isWorkFor({ item: { ...pending, sections: [], roles: [] }, user: staff(['employer'], ['employer']) })).toBe(true)
    expect(isWorkFor({ item: { ...pending, sections: [], roles: [] }, user: account })).toBe(false)
    expect(isWorkFor({ item: { ...pending, sections: ['cej'] }, user: staff(['lead-counsellor'], ['dabm']) })).toBe(false)
  })
})
