import type { PhaseReachedRow } from '../operations/statistics'
import { MODALITY_LABELS } from '../slugs'

const BAR_HEIGHT = 18
const LABEL_WIDTH = 420
const CHART_WIDTH = 320

/**
 * Candidates per phase reached, per DABM and modality, as horizontal bars drawn in SVG
 * (no chart library: the admin bundle stays small).
 */
export const PhaseReachedChart = ({ rows }: { rows: PhaseReachedRow[] }) => {
  if (rows.length === 0) return <p>Aucun candidat pour ces filtres.</p>
  const max = Math.max(...rows.map((row) => row.candidates))
  const height = rows.length * (BAR_HEIGHT + 8) + 8
  return (
    <svg width={LABEL_WIDTH + CHART_WIDTH + 60} height={height} role="img" aria-label="Candidats par phase atteinte, par DABM et modalité">
      {rows.map((row, index) => {
        const y = 8 + index * (BAR_HEIGHT + 8)
        const width = Math.max(2, Math.round((CHART_WIDTH * row.candidates) / max))
        const label = `${row.dabm ?? 'Sans DABM'} · ${MODALITY_LABELS[row.modality] ?? row.modality} · ${row.phase ?? 'Aucune phase commencée'}`
        return (
          <g key={label}>
            <text x={LABEL_WIDTH - 8} y={y + BAR_HEIGHT - 5} textAnchor="end" fontSize={12} fill="var(--theme-text)">
              {label.length > 70 ? `${label.slice(0, 70)}…` : label}
            </text>
            <rect x={LABEL_WIDTH} y={y} width={width} height={BAR_HEIGHT} rx={3} fill={row.modality === 'remote' ? 'var(--theme-warning-500)' : 'var(--theme-success-500)'} />
            <text x={LABEL_WIDTH + width + 6} y={y + BAR_HEIGHT - 5} fontSize={12} fill="var(--theme-text)">
              {row.candidates}
            </text>
          </g>
        )
      })}
    </svg>
  )
}
