import type { ReactNode } from 'react'

const fieldStyle = { display: 'flex', flexDirection: 'column' as const, gap: 4 }
const inputStyle = { minWidth: 200, padding: 6 }

type Option = { value: string | number; label: string }

/** A list's filters as a plain GET form: the page renders on the server from its query string. */
export const FilterForm = ({ id, submitLabel, hidden = {}, children }: { id?: string; submitLabel: string; hidden?: Record<string, string>; children: ReactNode }) => (
  <form method="get" id={id} style={{ display: 'flex', gap: 16, flexWrap: 'wrap', alignItems: 'flex-end', margin: '16px 0' }}>
    {Object.entries(hidden).map(([name, value]) => (
      <input key={name} type="hidden" name={name} value={value} />
    ))}
    {children}
    <button type="submit" className="btn btn--style-secondary btn--size-small" style={{ margin: 0 }}>
      {submitLabel}
    </button>
  </form>
)

export const FilterSelect = ({ name, label, value, options, allLabel = 'Tous' }: { name: string; label: string; value?: string | number; options: Option[]; allLabel?: string }) => (
  <label style={fieldStyle}>
    <span>{label}</span>
    <select name={name} defaultValue={value ?? ''} style={inputStyle}>
      <option value="">{allLabel}</option>
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  </label>
)

export const FilterSearch = ({ name, label, value }: { name: string; label: string; value?: string }) => (
  <label style={fieldStyle}>
    <span>{label}</span>
    <input type="search" name={name} defaultValue={value ?? ''} style={inputStyle} />
  </label>
)
