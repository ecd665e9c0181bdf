import { redirect } from 'next/navigation'
import React from 'react'

import { readResult } from '../progress'
import { readingOf, summaryOf } from './reading'
import { ScoresChart } from './ScoresChart'

export const metadata = { title: 'Mon résultat Instant-T' }
export const dynamic = 'force-dynamic'

/** The result: the code to give the counsellor, the scores as a chart and a table, and a short reading. */
const ResultPage = async () => {
  const result = await readResult()
  if (!result) redirect('/instant-t')
  return (
    <>
      <h1>Mon résultat Instant-T</h1>
      <p>Votre code, à donner à votre conseiller de la Mission Locale :</p>
      <p className="code" data-testid="instant-t-code">
        {result.code}
      </p>
      <p>{summaryOf(result.scores)}</p>
      <ScoresChart scores={result.scores} />
      <table>
        <caption className="hint">Détail par thème</caption>
        <thead>
          <tr>
            <th scope="col">Thème</th>
            <th scope="col">Score</th>
            <th scope="col">Pourcentage</th>
            <th scope="col">Lecture</th>
          </tr>
        </thead>
        <tbody>
          {result.scores.map((score) => (
            <tr key={score.category}>
              <th scope="row">{score.category}</th>
              <td>
                {score.score} / {score.max}
              </td>
              <td>{score.percent} %</td>
              <td>{readingOf(score)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>Pour être accompagné(e), pré-inscrivez-vous : votre conseiller retrouvera ce résultat avec votre dossier.</p>
      <a className="button" href={`/inscription?code=${encodeURIComponent(result.code)}`}>
        Me pré-inscrire avec ce code
      </a>
    </>
  )
}

export default ResultPage
