'use client'
import { useRowLabel } from '@payloadcms/ui'

/** « 2. Quelles formations avez-vous suivies ? * » in the collapsed list of a phase's questions. */
export const QuestionRowLabel = () => {
  const { data, rowNumber } = useRowLabel<{ label?: string; key?: string; required?: boolean }>()
  const text = data?.label || data?.key || 'Nouvelle question'
  return (
    <span>
      {(rowNumber ?? 0) + 1}. {text.length > 80 ? `${text.slice(0, 80)}…` : text}
      {data?.required ? ' *' : ''}
    </span>
  )
}
