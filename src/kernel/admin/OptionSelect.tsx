'use client'

import type { CSSProperties } from 'react'

/** One choice of a dropdown: the value sent, the words shown. */
export type SelectOption = { value: string | number; label: string }

type Props = {
  id: string
  value: string
  onChange: (value: string) => void
  options: SelectOption[]
  /** The first, empty choice (« — Choisir un conseiller — »); none when absent. */
  placeholder?: string
  style?: CSSProperties
}

/** The admin panels' dropdown: a list of options, optionally headed by an empty choice. */
export const OptionSelect = ({ id, value, onChange, options, placeholder, style }: Props) => (
  <select id={id} value={value} onChange={(event) => onChange(event.target.value)} style={style}>
    {placeholder !== undefined && <option value="">{placeholder}</option>}
    {options.map((option) => (
      <option key={option.value} value={option.value}>
        {option.label}
      </option>
    ))}
  </select>
)
