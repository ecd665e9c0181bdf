import type { UIFieldServerProps } from 'payload'

type Asked = Record<string, { label?: string }>

/**
 * The counsellor's reading view of a phase: each question as the candidate saw it, their answer
 * and the comment left on it (comments are edited in the « Commentaires du conseiller » field).
 */
export const AnswersPanel = ({ data }: UIFieldServerProps) => {
  const answers = (data?.answers ?? {}) as Record<string, unknown>
  const asked = (data?.answeredQuestions ?? {}) as Asked
  const comments = (data?.comments ?? {}) as Record<string, string>
  const keys = Object.keys(answers)
  return (
    <div style={{ marginBottom: 24 }}>
      <h3>Réponses du candidat</h3>
      {keys.length === 0 && <p>Le candidat n’a encore répondu à aucune question.</p>}
      {keys.map((key) => (
        <div key={key} style={{ borderLeft: '3px solid var(--theme-elevation-150)', padding: '4px 12px', margin: '12px 0' }}>
          <p style={{ fontWeight: 600, margin: 0 }}>{asked[key]?.label ?? key}</p>
          <p style={{ whiteSpace: 'pre-wrap', margin: '4px 0' }}>{String(answers[key])}</p>
          {comments[key] && <p style={{ fontStyle: 'italic', margin: 0 }}>Commentaire du conseiller : {comments[key]}</p>}
        </div>
      ))}
    </div>
  )
}
