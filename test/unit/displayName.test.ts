import { describe, expect, it } from 'vitest'

import { ANONYMISED, displayName, isAnonymised } from '../../src/kernel/lib/displayName'

describe('displayName, le seul constructeur de noms', () => {
  it.each([
    [{ firstName: 'Claire', lastName: 'Petit' }, {}, 'Claire Petit'],
    [{ firstName: ' Claire ', lastName: 'Petit ' }, {}, 'Claire Petit'],
    [{ firstName: 'Claire', lastName: 'Petit' }, { order: 'LAST-first' as const }, 'PETIT Claire'],
    [{ firstName: 'Claire', lastName: 'Petit' }, { order: 'first-LAST' as const }, 'Claire PETIT'],
    [{ firstName: 'Claire' }, {}, 'Claire'],
    [{ lastName: 'Petit', firstName: null }, {}, 'Petit'],
    [{ email: 'c.petit@exemple.fr' }, {}, 'c.petit@exemple.fr'],
    [{ email: 'c.petit@exemple.fr' }, { useEmail: false, fallback: 'Votre candidat' }, 'Votre candidat'],
    [{}, {}, 'Sans nom'],
    [{}, { fallback: 'Compte sans nom' }, 'Compte sans nom'],
    [null, {}, 'Sans nom'],
    [12, { fallback: 'Utilisateur 12' }, 'Utilisateur 12'],
  ])('%j %j → %s', (person, options, expected) => {
    expect(displayName(person as never, options)).toBe(expected)
  })

  it('« Donnée anonymisée » pour un utilisateur désinscrit, un compte archivé ou supprimé, quoi que le document contienne encore', () => {
    for (const status of ['unsubscribed', 'archived', 'deleted']) {
      expect(displayName({ firstName: 'Claire', lastName: 'Petit', email: 'c@exemple.fr', status })).toBe(ANONYMISED)
      expect(displayName({ firstName: 'Claire', lastName: 'Petit', status }, { order: 'LAST-first' })).toBe(ANONYMISED)
    }
    expect(displayName({ firstName: 'Claire', lastName: 'Petit', status: 'deactivated' })).toBe('Claire Petit')
    expect(displayName({ firstName: 'Claire', lastName: 'Petit', status: 'active' })).toBe('Claire Petit')
  })

  it('des noms déjà effacés ne sont jamais répétés (« Donnée anonymisée Donnée anonymisée »)', () => {
    expect(displayName({ firstName: ANONYMISED, lastName: ANONYMISED })).toBe(ANONYMISED)
    expect(displayName({ firstName: ANONYMISED, lastName: ANONYMISED }, { order: 'LAST-first' })).toBe(ANONYMISED)
    expect(displayName({ lastName: ANONYMISED })).toBe(ANONYMISED)
    expect(isAnonymised({ firstName: 'Claire', lastName: 'Petit' })).toBe(false)
    expect(isAnonymised(undefined)).toBe(false)
  })
})
