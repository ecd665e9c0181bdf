import React from 'react'

import type { InstantTResult } from '../../../../client'

const BAR_HEIGHT = 28
const GAP = 14
const LABEL_WIDTH = 130
const WIDTH = 560

const colourOf = (percent: number) => (percent >= 70 ? '#1b6e3a' : percent >= 40 ? '#8a5a00' : '#a4161a')

/** The scores per category as horizontal bars, drawn on the server (SVG); the table below gives the same figures in words. */
export const ScoresChart = ({ scores }: { scores: InstantTResult['scores'] }) => {
  const height = scores.length * (BAR_HEIGHT + GAP)
  const barSpace = WIDTH - LABEL_WIDTH - 60
  return (
    <svg role="img" aria-labelledby="chart-title" viewBox={`0 0 ${WIDTH} ${height}`} width="100%" style={{ maxWidth: WIDTH }}>
      <title id="chart-title">Pourcentage obtenu dans chaque thème</title>
      {scores.map((score, index) => {
        const y = index * (BAR_HEIGHT + GAP)
        return (
          <g key={score.category}>
            <text x={0} y={y + BAR_HEIGHT * 0.7} fontSize={15} fill="#1b1b1f">
              {score.category}
            </text>
            <rect x={LABEL_WIDTH} y={y} width={barSpace} height={BAR_HEIGHT} fill="#e6e6ec" rx={4} />
            <rect x={LABEL_WIDTH} y={y} width={(barSpace * score.percent) / 100} height={BAR_HEIGHT} fill={colourOf(score.percent)} rx={4} />
            <text x={LABEL_WIDTH + barSpace + 8} y={y + BAR_HEIGHT * 0.7} fontSize={15} fill="#1b1b1f">
              {score.percent} %
            </text>
          </g>
        )
      })}
    </svg>
  )
}
