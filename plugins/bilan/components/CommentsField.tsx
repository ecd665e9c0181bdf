'use client'

import { useDocumentInfo, useField } from '@payloadcms/ui'
import type { JSONFieldClientComponent } from 'payload'

type Asked = Record<string, { label?: string }>
type Comments = Record<string, string | null>

const answerText = (value: unknown) => (Array.isArray(value) ? value.join(', ') : String(value ?? ''))

/**
 * Seed 002: the counsellor reads each answer as the candidate gave it, under the question as it
 * was worded then, and writes a comment beside it. The comments field stays an object keyed by
 * question (what the API takes); an emptied comment is removed on save.
 */
export const CommentsField: JSONFieldClientComponent = ({ path, readOnly, field }) => {
  const { value, setValue } = useField<Comments>({ path })
  const { data } = useDocumentInfo()
  const answers = (data?.answers ?? {}) as Record<string, unknown>
  const asked = (data?.answeredQuestions ?? {}) as Asked
  const comments: Comments = value && typeof value === 'object' ? value : {}
  const keys = Object.keys(answers)
  const disabled = readOnly || field.admin?.readOnly

  return (
    <section className="bilan-comments" aria-label="Réponses du candidat et commentaires du conseiller" style={{ marginBottom: 24 }}>
      <h3>Réponses du candidat</h3>
      {keys.length === 0 && <p>Le candidat n’a encore répondu à aucune question.</p>}
      {keys.map((key) => {
        const id = `bilan-comment-${key}`
        return (
          <div key={key} style={{ borderLeft: '3px solid var(--theme-elevation-150)', padding: '4px 12px', margin: '12px 0' }}>
            <p style={{ fontWeight: 600, margin: 0 }}>{asked[key]?.label ?? key}</p>
            <p style={{ whiteSpace: 'pre-wrap', margin: '4px 0 8px' }}>{answerText(answers[key])}</p>
            <label htmlFor={id} style={{ display: 'block', fontSize: 13, color: 'var(--theme-elevation-600)' }}>
              Commentaire du conseiller
            </label>
            <textarea
              id={id}
              name={id}
              rows={2}
              maxLength={5000}
              disabled={disabled}
              value={comments[key] ?? ''}
              onChange={(event) => setValue({ ...comments, [key]: event.target.value === '' ? null : event.target.value })}
              style={{ width: '100%', padding: 8, font: 'inherit' }}
            />
          </div>
        )
      })}
    </section>
  )
}
