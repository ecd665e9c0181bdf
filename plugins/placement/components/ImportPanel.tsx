'use client'
import { Button, useConfig } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { OperationProgress, type Operation } from '../../../src/kernel/admin/OperationProgress'
import { COLUMN_LABELS } from '../imports/checkLines'
import { errorMessageOf, postJson } from '../../../src/kernel/admin/postJson'
import { OptionSelect } from '../../../src/kernel/admin/OptionSelect'

type Option = { value: number; label: string }
type Preview = {
  id: number
  fileName: string
  lineCount: number
  valid: number
  invalid: number
  toCreate: number
  errors: { line: number; field: string; message: string }[]
  existing: { line: number; email: string }[]
  message: string
}

const cell = { padding: '6px 10px', borderBottom: '1px solid var(--theme-elevation-100)', verticalAlign: 'top' as const }

/** Upload, preview (errors by line), import as a bulk operation with its progress. */
export const ImportPanel = ({ establishments }: { establishments: Option[] }) => {
  const { config } = useConfig()
  const api = `${config.serverURL}${config.routes.api}`
  const [structure, setStructure] = useState(establishments[0] ? String(establishments[0].value) : '')
  const [file, setFile] = useState<File | null>(null)
  const [preview, setPreview] = useState<Preview | null>(null)
  const [operation, setOperation] = useState<Operation | null>(null)
  const [message, setMessage] = useState('')
  const [isBusy, setIsBusy] = useState(false)

  useEffect(() => {
    if (!operation || operation.status === 'done' || operation.status === 'failed') return
    const timer = setInterval(async () => {
      const response = await fetch(`${api}/bulk-operations/${operation.id}?depth=0`, { credentials: 'include' })
      if (response.ok) setOperation(await response.json())
    }, 1000)
    return () => clearInterval(timer)
  }, [api, operation])

  const upload = async () => {
    if (!file) return
    setMessage('')
    setPreview(null)
    setOperation(null)
    setIsBusy(true)
    const form = new FormData()
    form.append('file', file)
    if (structure) form.append('_payload', JSON.stringify({ structure: Number(structure) }))
    const response = await fetch(`${api}/candidate-imports/preview`, { method: 'POST', credentials: 'include', body: form })
    const body = await response.json()
    setIsBusy(false)
    if (response.ok) setPreview(body)
    else setMessage(errorMessageOf(body, 'Opération impossible.'))
  }

  const run = async () => {
    if (!preview) return
    setMessage('')
    const response = await postJson<Operation>(`${api}/candidate-imports/${preview.id}/run`)
    const body = response.answer
    if (response.status === 202) setOperation(body)
    else setMessage(errorMessageOf(body, 'Opération impossible.'))
  }

  return (
    <div id="candidate-import">
      <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap', alignItems: 'end', marginBottom: 16 }}>
        {establishments.length > 1 && (
          <label>
            Établissement
            <br />
            <OptionSelect id="import-structure" value={structure} onChange={setStructure} options={establishments} />
          </label>
        )}
        <label>
          Fichier de candidats (CSV ou Excel)
          <br />
          <input id="import-file" type="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onChange={(event) => setFile(event.target.files?.[0] ?? null)} />
        </label>
        <Button onClick={upload} disabled={!file || isBusy}>
          Prévisualiser
        </Button>
      </div>
      {message && (
        <p role="alert" id="import-message" style={{ color: 'var(--theme-error-500)' }}>
          {message}
        </p>
      )}
      {preview && (
        <section id="import-preview">
          <h2>Aperçu de « {preview.fileName} »</h2>
          <p id="import-summary">
            {preview.lineCount} ligne(s) lue(s) : {preview.message}
          </p>
          {preview.errors.length > 0 && (
            <>
              <h3>Lignes en erreur (non importées)</h3>
              <table id="import-errors" style={{ width: '100%', borderCollapse: 'collapse' }}>
                <thead>
                  <tr style={{ textAlign: 'left' }}>
                    <th style={cell}>Ligne</th>
                    <th style={cell}>Colonne</th>
                    <th style={cell}>Erreur</th>
                  </tr>
                </thead>
                <tbody>
                  {preview.errors.map((error, index) => (
                    <tr key={`${error.line}-${error.field}-${index}`} data-line={error.line}>
                      <td style={cell}>{error.line}</td>
                      <td style={cell}>{COLUMN_LABELS[error.field] ?? error.field}</td>
                      <td style={cell}>{error.message}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
          {preview.existing.length > 0 && (
            <details style={{ marginTop: 12 }}>
              <summary>Déjà inscrits : aucun compte créé ({preview.existing.length})</summary>
              <ul>
                {preview.existing.slice(0, 200).map((entry) => (
                  <li key={entry.line}>
                    Ligne {entry.line} : {entry.email}
                  </li>
                ))}
              </ul>
            </details>
          )}
          <div style={{ marginTop: 16 }}>
            <Button onClick={run} disabled={preview.toCreate === 0 || Boolean(operation)}>
              {`Importer ${preview.toCreate} candidat(s)`}
            </Button>
          </div>
        </section>
      )}
      {operation && <OperationProgress operation={operation} itemLink={() => '#import-errors'} itemLabel={(item) => `Ligne ${item}`} />}
    </div>
  )
}
