import { describe, expect, it } from 'vitest'

import { matches, toCard } from '../../plugins/cej/offers/catalogue'

/** Seed 001, « Les offres »: the same test decides the search and the saved searches' alerts. */
const offer = (overrides: Record<string, unknown> = {}) =>
  toCard('cej-offers', { id: 1, title: 'Immersion : aide-boulanger', kind: 'immersion', organisation: 'Fournil du Gros-Horloge', department: '76', city: 'Rouen', createdAt: '2026-01-01', ...overrides })

describe('Une offre répond-elle à une recherche sauvegardée ?', () => {
  it.each([
    [{}, true],
    [{ kind: 'immersion' }, true],
    [{ kind: 'civic-service' }, false],
    [{ department: '76' }, true],
    [{ department: '14' }, false],
    [{ q: 'BOULANGER' }, true],
    [{ q: 'gros-horloge' }, true],
    [{ q: 'cuisinier' }, false],
    [{ kind: 'immersion', q: 'boulanger', department: '76' }, true],
  ] as const)('critères %o → %s', (criteria, expected) => {
    expect(matches(offer(), criteria)).toBe(expected)
  })

  it("une offre d'entreprise en alternance est une « Alternance », toute autre une « Offre d'emploi »", () => {
    expect(toCard('offers', { id: 2, title: 'Vendeur', contractType: 'work-study', employerName: 'Boulangeries', createdAt: '2026-01-01' })).toMatchObject({ kind: 'work-study', kindLabel: 'Alternance', organisation: 'Boulangeries' })
    expect(toCard('offers', { id: 3, title: 'Vendeur', contractType: 'cdi', createdAt: '2026-01-01' })).toMatchObject({ kind: 'employment', kindLabel: "Offre d'emploi" })
  })
})
