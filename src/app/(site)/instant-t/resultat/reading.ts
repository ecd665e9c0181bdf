import type { InstantTResult } from '../../../../client'

type Score = InstantTResult['scores'][number]

/** A short reading of the scores: options run from the most favourable to the least, so a high percentage is a strength. */
export const readingOf = (score: Score): string =>
  score.percent >= 70
    ? 'un point d’appui sur lequel vous pouvez compter'
    : score.percent >= 40
      ? 'des bases à consolider avec votre conseiller'
      : 'un sujet à aborder en priorité avec votre conseiller'

export const summaryOf = (scores: Score[]): string => {
  if (!scores.length) return ''
  const sorted = [...scores].sort((a, b) => b.percent - a.percent)
  const strongest = sorted[0]
  const weakest = sorted[sorted.length - 1]
  return strongest.percent === weakest.percent
    ? `Votre résultat est de ${strongest.percent} % dans chaque thème.`
    : `Votre point fort : ${strongest.category} (${strongest.percent} %). Le thème à travailler d’abord : ${weakest.category} (${weakest.percent} %).`
}
