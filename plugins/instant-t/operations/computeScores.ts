import type { AnsweredQuestion, CategoryScore } from '../types'

/**
 * Per category, in the questionnaire's order: `score` is the sum of the chosen options' points,
 * `max` the sum of each question's best option, `percent = round(100 * score / max)` (0 when max is 0).
 */
export const computeScores = ({ answers }: { answers: AnsweredQuestion[] }): CategoryScore[] => {
  const byCategory = new Map<number, CategoryScore>()
  for (const answer of answers) {
    const entry = byCategory.get(answer.category) ?? { category: answer.categoryName, categoryId: answer.category, score: 0, max: 0, percent: 0 }
    entry.score += answer.points
    entry.max += answer.maxPoints
    byCategory.set(answer.category, entry)
  }
  return [...byCategory.values()].map((entry) => ({ ...entry, percent: entry.max > 0 ? Math.round((100 * entry.score) / entry.max) : 0 }))
}
