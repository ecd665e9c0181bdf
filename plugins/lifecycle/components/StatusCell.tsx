'use client'
import React from 'react'

import type { StateInfo } from '../../../workflows/shared/types'
import { StatusBadge } from './StatusBadge'

/** List-view cell: the state as a badge. */
export const StatusCell = ({ cellData, states }: { cellData?: string; states: Record<string, StateInfo> }) => (
  <StatusBadge state={cellData} states={states} />
)
