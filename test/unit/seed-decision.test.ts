import { describe, expect, it } from 'vitest'

import { seedDecision } from '../../src/host/seed'

describe('Données de démonstration : un démarrage interrompu pendant le seed est repris, une base réelle jamais touchée', () => {
  it.each([
    [{ users: 0, started: false, completed: false }, 'seed'],
    [{ users: 0, started: true, completed: false }, 'seed'],
    [{ users: 12, started: true, completed: false }, 'resume'],
    [{ users: 12, started: true, completed: true }, 'skip'],
    // A production database (users, never seeded by us): nothing is added.
    [{ users: 3, started: false, completed: false }, 'skip'],
  ] as const)('%o → %s', (state, expected) => {
    expect(seedDecision(state)).toBe(expected)
  })
})
