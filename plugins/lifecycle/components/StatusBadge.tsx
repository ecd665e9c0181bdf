import React from 'react'

import type { StateInfo } from '../../../workflows/shared/types'

const COLORS: Record<StateInfo['color'], { background: string; color: string }> = {
  grey: { background: '#e5e7eb', color: '#374151' },
  blue: { background: '#dbeafe', color: '#1e40af' },
  orange: { background: '#ffedd5', color: '#9a3412' },
  green: { background: '#dcfce7', color: '#166534' },
  red: { background: '#fee2e2', color: '#991b1b' },
  purple: { background: '#ede9fe', color: '#5b21b6' },
}

/** A state as a coloured pill with its French label. */
export const StatusBadge = ({ state, states }: { state?: string | null; states: Record<string, StateInfo> }) => {
  if (!state) return null
  const info = states[state]
  const colors = COLORS[info?.color ?? 'grey']
  return (
    <span className="tremplin-badge" data-state={state} style={colors}>
      {info?.label.fr ?? state}
    </span>
  )
}
