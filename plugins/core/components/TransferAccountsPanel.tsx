'use client'
import { Button, useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useEffect, useState } from 'react'

import { displayName } from '../../../src/kernel/lib/displayName'
import { errorMessageOf, postJson } from '../../../src/kernel/admin/postJson'

type Colleague = { id: number; firstName?: string | null; lastName?: string | null; email: string }

const nameOf = (user: Colleague) => displayName(user)

/**
 * Seed 003, « Transferts d'éléments »: hands every young person's file this user follows to an
 * active colleague (POST /api/users/:id/transfer-accounts), e.g. before unsubscribing them.
 */
export const TransferAccountsPanel = () => {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const router = useRouter()
  const api = `${config.serverURL}${config.routes.api}`
  const [colleagues, setColleagues] = useState<Colleague[]>([])
  const [followed, setFollowed] = useState<number | null>(null)
  const [to, setTo] = useState('')
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    if (!id) return
    fetch(`${api}/accounts?where[referents][in]=${id}&limit=1&depth=0`, { credentials: 'include' })
      .then((r) => r.json())
      .then((body) => setFollowed(body.totalDocs ?? 0))
      .catch(() => setFollowed(null))
    fetch(`${api}/users?where[status][equals]=active&where[id][not_equals]=${id}&limit=100&depth=0&sort=lastName`, { credentials: 'include' })
      .then((r) => r.json())
      .then((body) => setColleagues(body.docs ?? []))
      .catch(() => setColleagues([]))
  }, [api, id, result])

  if (!id) return null

  const transfer = async () => {
    setBusy(true)
    const response = await postJson(`${api}/users/${id}/transfer-accounts`, { to: Number(to) })
    const body = response.answer
    setResult({ ok: response.ok, message: response.ok ? body.message : errorMessageOf(body, 'Transfert impossible.') })
    setBusy(false)
    if (response.ok) router.refresh()
  }

  return (
    <section aria-label="Transférer les dossiers suivis" style={{ marginBottom: 24 }}>
      <h4 style={{ margin: '0 0 6px' }}>Dossiers jeunes suivis</h4>
      <p style={{ margin: '0 0 8px' }}>{followed === null ? '…' : followed === 0 ? 'Aucun dossier suivi.' : `${followed} dossier(s) suivi(s).`}</p>
      {followed !== 0 && (
        <>
          <label htmlFor="transfer-to" style={{ display: 'block', fontSize: 13 }}>
            Transférer tous ses dossiers à
          </label>
          <select id="transfer-to" value={to} onChange={(e) => setTo(e.target.value)} style={{ width: '100%', padding: 6, margin: '4px 0 8px' }}>
            <option value="">— Choisir un utilisateur actif —</option>
            {colleagues.map((c) => (
              <option key={c.id} value={c.id}>
                {nameOf(c)}
              </option>
            ))}
          </select>
          <Button buttonStyle="secondary" size="small" disabled={!to || busy} onClick={transfer}>
            Transférer les dossiers
          </Button>
        </>
      )}
      {result && (
        <p role="status" style={{ color: result.ok ? 'var(--theme-success-600)' : 'var(--theme-error-600)' }}>
          {result.message}
        </p>
      )}
    </section>
  )
}
