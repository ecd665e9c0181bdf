import { describe, expect, it } from 'vitest'

import { readingOf, summaryOf } from '../../src/app/(site)/instant-t/resultat/reading'

const score = (category: string, percent: number) => ({ category, score: percent, max: 100, percent })

describe('Lecture du résultat Instant-T (site des jeunes)', () => {
  it.each([
    [100, 'un point d’appui sur lequel vous pouvez compter'],
    [70, 'un point d’appui sur lequel vous pouvez compter'],
    [69, 'des bases à consolider avec votre conseiller'],
    [40, 'des bases à consolider avec votre conseiller'],
    [39, 'un sujet à aborder en priorité avec votre conseiller'],
    [0, 'un sujet à aborder en priorité avec votre conseiller'],
  ])('%i %% se lit « %s »', (percent, reading) => expect(readingOf(score('Emploi', percent))).toBe(reading))

  it('nomme le point fort et le thème à travailler d’abord', () => {
    expect(summaryOf([score('Emploi', 73), score('Mobilité', 22), score('Santé', 89)])).toBe(
      'Votre point fort : Santé (89 %). Le thème à travailler d’abord : Mobilité (22 %).',
    )
  })

  it('ne désigne ni point fort ni faiblesse quand tous les thèmes sont égaux', () => {
    expect(summaryOf([score('Emploi', 0), score('Santé', 0)])).toBe('Votre résultat est de 0 % dans chaque thème.')
  })
})
