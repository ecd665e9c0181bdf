'use client'
import { Button, useConfig, useDocumentInfo } from '@payloadcms/ui'
import React, { useState } from 'react'

import { errorMessageOf, postJson } from '../../../src/kernel/admin/postJson'

const TABLES = [
  { table: 'programme-prescribers', label: 'Ajouter aux prescripteurs de dispositif' },
  { table: 'programme-referents', label: 'Ajouter aux référents de dispositif' },
] as const

/**
 * Seed 003: a user who prescribes or refers programmes is added to those reference tables in one
 * click (POST /api/users/:id/reference-items), instead of typing their name in each table.
 */
export const AddToReferenceTablesPanel = () => {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const api = `${config.serverURL}${config.routes.api}`
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null)
  const [busy, setBusy] = useState(false)
  if (!id) return null

  const add = async (table: string) => {
    setBusy(true)
    const response = await postJson(`${api}/users/${id}/reference-items`, { table })
    const body = response.answer
    setResult({ ok: response.ok, message: response.ok ? body.message : errorMessageOf(body, 'Ajout impossible.') })
    setBusy(false)
  }

  return (
    <section aria-label="Tables de référence des dispositifs" style={{ marginBottom: 24 }}>
      <h4 style={{ margin: '0 0 6px' }}>Tables de référence des dispositifs</h4>
      <p style={{ margin: '0 0 8px', fontSize: 13 }}>Un utilisateur n’apparaît dans la nomenclature des dispositifs qu’une fois ajouté à ces tables.</p>
      {TABLES.map(({ table, label }) => (
        <Button key={table} buttonStyle="secondary" size="small" disabled={busy} onClick={() => add(table)}>
          {label}
        </Button>
      ))}
      {result && (
        <p role="status" style={{ color: result.ok ? 'var(--theme-success-600)' : 'var(--theme-error-600)' }}>
          {result.message}
        </p>
      )}
    </section>
  )
}
