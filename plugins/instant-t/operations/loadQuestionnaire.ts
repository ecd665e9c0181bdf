import type { PayloadRequest } from 'payload'

import { INSTANT_T_SLUGS } from '../slugs'

export type QuestionnaireOption = { id: string; label: string; points: number }
export type QuestionnaireQuestion = { id: number; text: string; order: number; category: number; options: QuestionnaireOption[] }
export type QuestionnaireCategory = { id: number; name: string; description: string | null; order: number; questions: QuestionnaireQuestion[] }
export type Questionnaire = { categories: QuestionnaireCategory[] }

/**
 * The questionnaire as it is asked now: active categories, their active questions and the
 * ordered options, in two queries. Public (the endpoint is anonymous), hence no access check.
 * Read outside the caller's request on purpose: the hardening plugin caps lists read with a
 * REST request's `req` (even through the Local API) at its page size, and a read needs no
 * transaction.
 */
export const loadQuestionnaire = async ({ req }: { req: PayloadRequest }): Promise<Questionnaire> => {
  const { payload } = req
  const [categories, questions] = await Promise.all([
    payload.find({
      collection: INSTANT_T_SLUGS.categories,
      where: { active: { equals: true } },
      sort: 'order',
      pagination: false,
      depth: 0,
      overrideAccess: true,
    }),
    payload.find({
      collection: INSTANT_T_SLUGS.questions,
      where: { active: { equals: true } },
      sort: 'order',
      pagination: false,
      depth: 0,
      overrideAccess: true,
    }),
  ])
  const byCategory = new Map<number, QuestionnaireQuestion[]>()
  for (const question of questions.docs) {
    const category = Number(question.category)
    const list = byCategory.get(category) ?? []
    list.push({
      id: Number(question.id),
      text: String(question.text),
      order: Number(question.order ?? 0),
      category,
      options: (question.options ?? []).map(({ id, label, points }) => ({
        id: String(id),
        label,
        points: Number(points ?? 0),
      })),
    })
    byCategory.set(category, list)
  }
  return {
    categories: categories.docs
      .map((category) => ({
        id: Number(category.id),
        name: String(category.name),
        description: category.description ?? null,
        order: Number(category.order ?? 0),
        questions: byCategory.get(Number(category.id)) ?? [],
      }))
      .filter((category) => category.questions.length > 0),
  }
}

/** What the public sees: no points (the server scores), options in order with their id and index. */
export const publicQuestionnaire = (questionnaire: Questionnaire) => ({
  categories: questionnaire.categories.map(({ id, name, description, questions }) => ({
    id,
    name,
    description,
    questions: questions.map(({ id: questionId, text, options }) => ({
      id: questionId,
      text,
      options: options.map(({ id: optionId, label }, index) => ({ id: optionId, index, label })),
    })),
  })),
})
