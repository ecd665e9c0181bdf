'use client'
import { Button, useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

import { errorMessageOf, postJson } from '../../../../src/kernel/admin/postJson'

/**
 * Sidebar of a CV or letter being typed: « Aperçu » opens the PDF as it will be saved;
 * « Enregistrer en PDF » puts it among the candidate's documents (or replaces the one saved before).
 * Both read the saved draft: save the form first.
 */
export const DraftPdfActions = () => {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const router = useRouter()
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null)
  const [busy, setBusy] = useState(false)
  if (!id) return null
  const base = `${config.serverURL}${config.routes.api}/document-drafts/${id}`

  const save = async () => {
    setBusy(true)
    const response = await postJson(`${base}/save`)
    const body = response.answer
    setResult({ ok: response.ok, message: response.ok ? body.message : errorMessageOf(body, 'Enregistrement impossible.') })
    setBusy(false)
    if (response.ok) router.refresh()
  }

  return (
    <section aria-label="Aperçu et enregistrement" style={{ marginBottom: 24 }}>
      <p style={{ fontSize: 13, margin: '0 0 8px' }}>Enregistrez d’abord vos modifications, puis :</p>
      <Button buttonStyle="secondary" size="small" el="anchor" url={`${base}/preview`} newTab>
        Aperçu du PDF
      </Button>
      <Button buttonStyle="primary" size="small" disabled={busy} onClick={save}>
        Enregistrer en PDF dans les documents
      </Button>
      {result && (
        <p role="status" style={{ color: result.ok ? 'var(--theme-success-600)' : 'var(--theme-error-600)' }}>
          {result.message}
        </p>
      )}
    </section>
  )
}
