import { describe, expect, it } from 'vitest'

import { nextRunAt } from '../../plugins/reference-tables/operations/nextRunAt'

const at = (iso: string) => nextRunAt(new Date(iso)).toISOString()

/** « Les transferts se feront le lendemain à 4 heures du matin » (heure de Paris). */
describe('Transferts de références : le prochain 04:00 à Paris', () => {
  it.each([
    // En hiver (UTC+1), 04:00 à Paris = 03:00 UTC.
    ['en journée : le lendemain', '2026-12-01T14:30:00Z', '2026-12-02T03:00:00.000Z'],
    ['juste avant minuit à Paris (23:59) : le lendemain', '2026-12-01T22:59:00Z', '2026-12-02T03:00:00.000Z'],
    ['juste après minuit à Paris (00:01) : le jour même', '2026-12-01T23:01:00Z', '2026-12-02T03:00:00.000Z'],
    ['à 03:59 à Paris : une minute plus tard', '2026-12-02T02:59:00Z', '2026-12-02T03:00:00.000Z'],
    ['à 04:00 pile à Paris : le lendemain (déjà passé)', '2026-12-02T03:00:00Z', '2026-12-03T03:00:00.000Z'],
    ['à 04:01 à Paris : le lendemain', '2026-12-02T03:01:00Z', '2026-12-03T03:00:00.000Z'],
    ['le 31 décembre : le 1er janvier', '2026-12-31T12:00:00Z', '2027-01-01T03:00:00.000Z'],
    // En été (UTC+2), 04:00 à Paris = 02:00 UTC.
    ['en été, en journée', '2026-07-14T10:00:00Z', '2026-07-15T02:00:00.000Z'],
    ['en été, à 03:59 à Paris', '2026-07-15T01:59:00Z', '2026-07-15T02:00:00.000Z'],
  ])('%s', (_case, now, expected) => {
    expect(at(now)).toBe(expected)
  })

  describe('passage à l’heure d’été : dimanche 29 mars 2026 (02:00 → 03:00)', () => {
    it.each([
      ['samedi après-midi : dimanche 04:00 heure d’été', '2026-03-28T15:00:00Z', '2026-03-29T02:00:00.000Z'],
      ['samedi 23:30 à Paris (heure d’hiver)', '2026-03-28T22:30:00Z', '2026-03-29T02:00:00.000Z'],
      ['dimanche 01:59 à Paris (heure d’hiver)', '2026-03-29T00:59:00Z', '2026-03-29T02:00:00.000Z'],
      ['dimanche 03:00 à Paris (juste après le saut)', '2026-03-29T01:00:00Z', '2026-03-29T02:00:00.000Z'],
      ['dimanche 04:00 pile : lundi 04:00', '2026-03-29T02:00:00Z', '2026-03-30T02:00:00.000Z'],
      ['dimanche après-midi : lundi 04:00', '2026-03-29T14:00:00Z', '2026-03-30T02:00:00.000Z'],
    ])('%s', (_case, now, expected) => {
      expect(at(now)).toBe(expected)
    })

    it('la nuit du changement ne dure que 23 heures : de samedi 04:00 à dimanche 04:00', () => {
      const saturday = nextRunAt(new Date('2026-03-28T01:00:00Z'))
      const sunday = nextRunAt(saturday)
      expect(saturday.toISOString()).toBe('2026-03-28T03:00:00.000Z')
      expect(sunday.getTime() - saturday.getTime()).toBe(23 * 3600_000)
    })
  })

  describe('passage à l’heure d’hiver : dimanche 25 octobre 2026 (03:00 → 02:00)', () => {
    it.each([
      ['samedi après-midi : dimanche 04:00 heure d’hiver', '2026-10-24T15:00:00Z', '2026-10-25T03:00:00.000Z'],
      ['samedi 23:30 à Paris (heure d’été)', '2026-10-24T21:30:00Z', '2026-10-25T03:00:00.000Z'],
      ['dimanche 02:30 à Paris, première fois (heure d’été)', '2026-10-25T00:30:00Z', '2026-10-25T03:00:00.000Z'],
      ['dimanche 02:30 à Paris, deuxième fois (heure d’hiver)', '2026-10-25T01:30:00Z', '2026-10-25T03:00:00.000Z'],
      ['dimanche 03:59 à Paris', '2026-10-25T02:59:00Z', '2026-10-25T03:00:00.000Z'],
      ['dimanche 04:00 pile : lundi 04:00', '2026-10-25T03:00:00Z', '2026-10-26T03:00:00.000Z'],
    ])('%s', (_case, now, expected) => {
      expect(at(now)).toBe(expected)
    })

    it('la nuit du changement dure 25 heures : de samedi 04:00 à dimanche 04:00', () => {
      const saturday = nextRunAt(new Date('2026-10-24T01:00:00Z'))
      expect(saturday.toISOString()).toBe('2026-10-24T02:00:00.000Z')
      expect(nextRunAt(saturday).getTime() - saturday.getTime()).toBe(25 * 3600_000)
    })
  })

  it('le résultat est toujours 04:00 à Paris et toujours après « maintenant », heure par heure sur toute l’année 2026', () => {
    const paris = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 3600_000 + 7 * 60_000) {
      const run = nextRunAt(new Date(t))
      expect(paris.format(run)).toBe('04:00')
      expect(run.getTime()).toBeGreaterThan(t)
      expect(run.getTime() - t).toBeLessThanOrEqual(25 * 3600_000)
    }
  })
})
