import React from 'react'

import { siteClient } from '../lib/session'
import { startQuestionnaire } from './actions'
import { questionsInOrder } from './progress'

export const metadata = { title: 'Questionnaire Instant-T' }
export const dynamic = 'force-dynamic'

type Args = { searchParams: Promise<{ erreur?: string }> }

/** Instant-T (seed 000): an anonymous self-assessment; the code at the end goes to the counsellor. */
const InstantTStart = async ({ searchParams }: Args) => {
  const { erreur } = await searchParams
  const questionnaire = await (await siteClient()).instantT.questionnaire()
  const count = questionsInOrder(questionnaire).length
  return (
    <>
      <h1>Questionnaire Instant-T</h1>
      <p>
        {count} questions en {questionnaire.categories.length} thèmes pour faire le point sur votre situation : logement, santé,
        mobilité, formation, emploi… Le questionnaire est anonyme. À la fin, vous recevez un code à donner à votre conseiller.
      </p>
      <form action={startQuestionnaire} noValidate>
        <label htmlFor="postalCode">Votre code postal</label>
        <p className="hint" id="postalCode-hint">
          5 chiffres, par exemple 76000 : il désigne la Mission Locale de chez vous.
        </p>
        {erreur === 'code-postal' && (
          <p className="field-error" id="postalCode-error" role="alert">
            Code postal invalide : saisissez 5 chiffres (ex. 76500).
          </p>
        )}
        <input
          id="postalCode"
          name="postalCode"
          type="text"
          inputMode="numeric"
          autoComplete="postal-code"
          pattern="[0-9]{5}"
          required
          aria-describedby={erreur === 'code-postal' ? 'postalCode-hint postalCode-error' : 'postalCode-hint'}
          aria-invalid={erreur === 'code-postal' ? true : undefined}
        />
        <button type="submit">Commencer le questionnaire</button>
      </form>
    </>
  )
}

export default InstantTStart
