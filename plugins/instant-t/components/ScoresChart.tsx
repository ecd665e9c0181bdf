import React from 'react'

export type ChartScore = { category: string; score: number; max: number; percent: number }

/** Horizontal bars, one per category, in plain SVG (no chart library). */
export const ScoresChart = ({ scores }: { scores: ChartScore[] }) => {
  const rowHeight = 34
  const labelWidth = 120
  const barWidth = 360
  const height = scores.length * rowHeight + 10
  return (
    <svg
      role="img"
      aria-label="Graphique des scores par catégorie"
      data-testid="instant-t-chart"
      width={labelWidth + barWidth + 60}
      height={height}
      viewBox={`0 0 ${labelWidth + barWidth + 60} ${height}`}
    >
      {scores.map((s, i) => {
        const y = i * rowHeight + 5
        const width = (barWidth * Math.max(0, Math.min(100, s.percent))) / 100
        return (
          <g key={s.category}>
            <text x={0} y={y + 17} fontSize="13" fill="currentColor">
              {s.category}
            </text>
            <rect x={labelWidth} y={y} width={barWidth} height={24} rx={4} fill="#e5e7eb" />
            <rect x={labelWidth} y={y} width={width} height={24} rx={4} fill="#1d4ed8">
              <title>{`${s.category} : ${s.score} / ${s.max} (${s.percent} %)`}</title>
            </rect>
            <text x={labelWidth + barWidth + 8} y={y + 17} fontSize="13" fill="currentColor">
              {s.percent} %
            </text>
          </g>
        )
      })}
    </svg>
  )
}
