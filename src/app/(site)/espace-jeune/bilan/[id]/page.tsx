import { notFound } from 'next/navigation'
import React from 'react'

import { Flash } from '../../../components/Flash'
import { RichTextContent } from '../../../components/RichTextContent'
import { youngPersonPage } from '../../../lib/youngPerson'
import { saveBilanStep } from '../actions'
import { answeredCount, isEditable, phaseStatusLabel, type Question } from '../progress'

export const metadata = { title: 'Phase de mon bilan' }
export const dynamic = 'force-dynamic'

type Args = { params: Promise<{ id: string }>; searchParams: Promise<{ ok?: string; erreur?: string }> }

const SCALE = [1, 2, 3, 4, 5]

/** One question as a form control; read-only once the phase is submitted. */
const QuestionField = ({ question, value, disabled }: { question: Question; value: unknown; disabled: boolean }) => {
  const name = `answer:${question.key}`
  const id = `q-${question.key}`
  const label = `${question.label}${question.required ? ' (obligatoire)' : ''}`
  const hidden = <input type="hidden" name={`type:${question.key}`} value={question.type} />
  if (question.type === 'choice' || question.type === 'scale') {
    const choices = question.type === 'scale' ? SCALE.map(String) : (question.options ?? []).map((option) => option.value)
    return (
      <fieldset>
        <legend>{label}</legend>
        {hidden}
        {question.type === 'scale' && <p className="hint">De 1 (pas du tout) à 5 (tout à fait)</p>}
        {choices.map((choice) => (
          <label className="option" key={choice}>
            <input type="radio" name={name} value={choice} defaultChecked={String(value ?? '') === choice} disabled={disabled} /> {choice}
          </label>
        ))}
      </fieldset>
    )
  }
  return (
    <>
      <label htmlFor={id}>{label}</label>
      {hidden}
      {question.type === 'short-text' ? (
        <input id={id} name={name} type="text" maxLength={500} defaultValue={String(value ?? '')} disabled={disabled} />
      ) : (
        <textarea id={id} name={name} rows={5} maxLength={10_000} defaultValue={String(value ?? '')} disabled={disabled} />
      )}
    </>
  )
}

/** One phase of the bilan: the lead counsellor's page, then the form, saved as a draft or submitted. */
const BilanStepPage = async ({ params, searchParams }: Args) => {
  const { id } = await params
  const { ok, erreur } = await searchParams
  if (!/^\d+$/.test(id)) notFound()
  const { client } = await youngPersonPage()
  const step = await client.sdk.findByID({ collection: 'bilan-steps', id: Number(id), depth: 0, disableErrors: true })
  if (!step) notFound()
  const phase = await client.sdk.findByID({ collection: 'bilan-phases', id: Number(step.phase), depth: 0, disableErrors: true })
  const questions = (phase?.questions ?? []) as Question[]
  const answers = (step.answers ?? {}) as Record<string, unknown>
  const editable = isEditable(step.status)
  const { answered, total } = answeredCount(questions, answers)
  return (
    <>
      <p>
        <a href="/espace-jeune/bilan">← Mon bilan</a>
      </p>
      <h1>{phase?.title ?? step.title}</h1>
      <Flash ok={ok} error={erreur} />
      <p>
        État : <strong data-testid="phase-status">{phaseStatusLabel(step.status)}</strong> · {answered} réponse{answered > 1 ? 's' : ''} sur {total}
      </p>
      <RichTextContent data={phase?.content} />
      {questions.length > 0 && (
        <form action={saveBilanStep}>
          <input type="hidden" name="step" value={step.id} />
          <input type="hidden" name="status" value={String(step.status)} />
          {questions.map((question) => (
            <QuestionField key={question.key} question={question} value={answers[question.key]} disabled={!editable} />
          ))}
          {editable ? (
            <div className="actions">
              <button type="submit" name="intent" value="draft" className="secondary">
                Enregistrer le brouillon
              </button>
              <button type="submit" name="intent" value="submit">
                Soumettre la phase
              </button>
            </div>
          ) : (
            <p className="notice">Cette phase est soumise : votre conseiller la relit. Il peut la rouvrir si vous devez la compléter.</p>
          )}
        </form>
      )}
    </>
  )
}

export default BilanStepPage
