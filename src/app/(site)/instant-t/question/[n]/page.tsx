import { notFound, redirect } from 'next/navigation'
import React from 'react'

import { siteClient } from '../../../lib/session'
import { answerQuestion } from '../../actions'
import { questionsInOrder, readProgress } from '../../progress'

export const dynamic = 'force-dynamic'

type Args = { params: Promise<{ n: string }>; searchParams: Promise<{ erreur?: string }> }

export const generateMetadata = async ({ params }: Args) => ({ title: `Instant-T : question ${(await params).n}` })

/** One question per page, « question 4 sur 18 », so that it works on any phone, without JavaScript. */
const QuestionPage = async ({ params, searchParams }: Args) => {
  const position = Number((await params).n)
  const { erreur } = await searchParams
  const progress = await readProgress()
  if (!progress) redirect('/instant-t')
  const questions = questionsInOrder(await (await siteClient()).instantT.questionnaire())
  const question = questions[position - 1]
  if (!Number.isInteger(position) || !question) notFound()
  const chosen = progress.answers[String(question.id)]
  const last = position === questions.length
  return (
    <>
      <h1>Questionnaire Instant-T</h1>
      <p id="progress-label">
        Question {position} sur {questions.length} · {question.category}
      </p>
      <progress max={questions.length} value={position - 1} aria-labelledby="progress-label" />
      <form action={answerQuestion}>
        <input type="hidden" name="position" value={position} />
        <fieldset aria-describedby={erreur ? 'answer-error' : undefined}>
          <legend>{question.text}</legend>
          {erreur === 'reponse' && (
            <p className="field-error" id="answer-error" role="alert">
              Choisissez une réponse pour continuer.
            </p>
          )}
          {question.options.map((option) => (
            <label className="option" key={option.id}>
              <input type="radio" name="option" value={option.id} defaultChecked={chosen === option.id} required />
              {option.label}
            </label>
          ))}
        </fieldset>
        <div className="actions">
          {position > 1 && (
            <button type="submit" name="direction" value="previous" className="secondary" formNoValidate>
              Question précédente
            </button>
          )}
          <button type="submit" name="direction" value="next">
            {last ? 'Voir mon résultat' : 'Question suivante'}
          </button>
        </div>
      </form>
    </>
  )
}

export default QuestionPage
