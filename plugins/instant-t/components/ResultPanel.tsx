'use client'
import { useConfig, useDocumentInfo } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { ScoresChart, type ChartScore } from './ScoresChart'

type Answer = { question: number; questionText: string; categoryName: string; optionLabel: string; points: number; maxPoints: number }
type Result = { code: string; createdAt: string; accountName?: string | null; scores: ChartScore[]; answers: Answer[] }

const cellStyle: React.CSSProperties = { padding: '6px 12px', borderBottom: '1px solid var(--theme-elevation-150)', textAlign: 'left' }

/**
 * The detail of a result as the manual shows it: scores table (Catégorie, Score, Pourcentage),
 * a chart of the categories, the linked person and date, the PDF download, then every
 * question with the answer given.
 */
export const ResultPanel = () => {
  const { id } = useDocumentInfo()
  const {
    config: {
      routes: { api },
      serverURL,
    },
  } = useConfig()
  const base = `${serverURL ?? ''}${api}`
  const [result, setResult] = useState<Result | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    if (!id) return
    fetch(`${base}/instant-t/${id}?depth=0`, { credentials: 'include' })
      .then(async (response) => {
        if (!response.ok) throw new Error(`Erreur ${response.status}`)
        setResult((await response.json()) as Result)
      })
      .catch((e: Error) => setError(e.message))
  }, [base, id])

  if (!id) return null
  if (error) return <p>Impossible de charger le résultat : {error}</p>
  if (!result) return <p>Chargement du résultat…</p>

  const byCategory = new Map<string, Answer[]>()
  for (const answer of result.answers ?? []) byCategory.set(answer.categoryName, [...(byCategory.get(answer.categoryName) ?? []), answer])

  return (
    <div className="instant-t-result" style={{ marginBottom: 32 }}>
      <div style={{ display: 'flex', gap: 12, alignItems: 'center', marginBottom: 16, flexWrap: 'wrap' }}>
        <a className="btn btn--style-primary btn--size-small" href={`${base}/instant-t/${id}/pdf`} download data-testid="instant-t-pdf">
          Télécharger le PDF
        </a>
        <span>
          <strong>{result.accountName ?? 'Anonyme'}</strong> — test passé le{' '}
          {new Date(result.createdAt).toLocaleString('fr-FR', { dateStyle: 'short', timeStyle: 'short' })}
        </span>
      </div>
      <table data-testid="instant-t-scores" style={{ borderCollapse: 'collapse', marginBottom: 16 }}>
        <thead>
          <tr>
            <th style={cellStyle}>Catégorie</th>
            <th style={cellStyle}>Score</th>
            <th style={cellStyle}>Pourcentage</th>
          </tr>
        </thead>
        <tbody>
          {result.scores.map((s) => (
            <tr key={s.category}>
              <td style={cellStyle}>{s.category}</td>
              <td style={cellStyle}>
                {s.score} / {s.max}
              </td>
              <td style={cellStyle}>{s.percent} %</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ScoresChart scores={result.scores} />
      <h3 style={{ marginTop: 24 }}>Réponses aux questions</h3>
      {[...byCategory.entries()].map(([category, answers]) => (
        <section key={category} style={{ marginTop: 12 }}>
          <h4>{category}</h4>
          <ol>
            {answers.map((a) => (
              <li key={a.question} style={{ marginBottom: 6 }}>
                {a.questionText}
                <br />
                <em>
                  {a.optionLabel} ({a.points} / {a.maxPoints})
                </em>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  )
}
