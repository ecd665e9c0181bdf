import { cookies } from 'next/headers'

import type { InstantTResult, PublicQuestionnaire } from '../../../client'

/**
 * The questionnaire in progress is kept in a cookie of the site (postal code and the options
 * chosen so far), so that it works one question per page without JavaScript; nothing is sent to
 * the platform before the last answer.
 */
const PROGRESS_COOKIE = 'instant-t-progress'
const RESULT_COOKIE = 'instant-t-result'

export type Progress = { postalCode: string; answers: Record<string, string> }

const read = async <T>(name: string): Promise<T | null> => {
  const raw = (await cookies()).get(name)?.value
  if (!raw) return null
  try {
    return JSON.parse(raw) as T
  } catch {
    return null
  }
}

const write = async (name: string, value: unknown) =>
  (await cookies()).set(name, JSON.stringify(value), { httpOnly: true, sameSite: 'lax', path: '/instant-t', maxAge: 2 * 60 * 60 })

export const readProgress = () => read<Progress>(PROGRESS_COOKIE)
export const saveProgress = (progress: Progress) => write(PROGRESS_COOKIE, progress)
export const readResult = () => read<InstantTResult>(RESULT_COOKIE)
export const saveResult = async (result: InstantTResult) => {
  await write(RESULT_COOKIE, result)
  ;(await cookies()).delete({ name: PROGRESS_COOKIE, path: '/instant-t' })
}

/** The questions in the order they are asked, each with its category. */
export const questionsInOrder = (questionnaire: PublicQuestionnaire) =>
  questionnaire.categories.flatMap((category) => category.questions.map((question) => ({ ...question, category: category.name })))
