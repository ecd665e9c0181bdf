import React from 'react'

type Props = {
  name: string
  label: string
  type?: string
  hint?: string
  error?: string
  autoComplete?: string
  defaultValue?: string
  required?: boolean
  inputMode?: React.HTMLAttributes<HTMLInputElement>['inputMode']
}

/** A labelled input with its hint and its error, both announced by screen readers (RGAA 11). */
export const Field = ({ name, label, type = 'text', hint, error, autoComplete, defaultValue, required, inputMode }: Props) => {
  const describedBy = [hint ? `${name}-hint` : null, error ? `${name}-error` : null].filter(Boolean).join(' ') || undefined
  return (
    <>
      <label htmlFor={name}>
        {label}
        {required ? ' (obligatoire)' : ''}
      </label>
      {hint && (
        <p className="hint" id={`${name}-hint`}>
          {hint}
        </p>
      )}
      <input
        id={name}
        name={name}
        type={type}
        autoComplete={autoComplete}
        defaultValue={defaultValue}
        required={required}
        inputMode={inputMode}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
      />
      {error && (
        <p className="field-error" id={`${name}-error`}>
          {error}
        </p>
      )}
    </>
  )
}
