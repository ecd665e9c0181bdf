'use server'
import { redirect } from 'next/navigation'

import { siteClient } from '../lib/session'
import { questionsInOrder, readProgress, saveProgress, saveResult } from './progress'

const POSTAL_CODE = /^\d{5}$/

/** « Commencer »: the postal code decides the Mission Locale the result goes to. */
export const startQuestionnaire = async (formData: FormData) => {
  const postalCode = String(formData.get('postalCode') ?? '').trim()
  if (!POSTAL_CODE.test(postalCode)) redirect('/instant-t?erreur=code-postal')
  await saveProgress({ postalCode, answers: {} })
  redirect('/instant-t/question/1')
}

/** One answer; after the last one the platform scores the questionnaire (never the site). */
export const answerQuestion = async (formData: FormData) => {
  const position = Number(formData.get('position'))
  const progress = await readProgress()
  if (!progress) redirect('/instant-t')
  const client = await siteClient()
  const questions = questionsInOrder(await client.instantT.questionnaire())
  const question = questions[position - 1]
  if (!question) redirect('/instant-t')
  if (formData.get('direction') === 'previous') redirect(`/instant-t/question/${Math.max(1, position - 1)}`)
  const option = String(formData.get('option') ?? '')
  if (!question.options.some((candidate) => candidate.id === option)) redirect(`/instant-t/question/${position}?erreur=reponse`)
  const answers = { ...progress.answers, [String(question.id)]: option }
  await saveProgress({ ...progress, answers })
  if (position < questions.length) redirect(`/instant-t/question/${position + 1}`)
  const unanswered = questions.findIndex((candidate) => !answers[String(candidate.id)])
  if (unanswered >= 0) redirect(`/instant-t/question/${unanswered + 1}?erreur=reponse`)
  const result = await client.instantT.submit({
    postalCode: progress.postalCode,
    answers: questions.map((candidate) => ({ question: candidate.id, option: answers[String(candidate.id)] })),
  })
  await saveResult(result)
  redirect('/instant-t/resultat')
}
