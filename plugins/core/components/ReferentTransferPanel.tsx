'use client'
import { Button, useConfig } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { errorMessageOf, postJson } from '../../../src/kernel/admin/postJson'

export type ReferentTransferKind = { slug: string; label: string; collection: string; endpoint: string; elements: string; titleField: string }
type Option = { value: number; label: string; isActive: boolean }
type Row = { id: number } & Record<string, unknown>

const cell = { padding: '6px 10px', borderBottom: '1px solid var(--theme-elevation-100)' }

/**
 * « Transfert de référent » of offers or partners (seed 003): the records one user refers (all
 * by default, or those ticked) go to another user, as a bulk operation whose progress the
 * « Mes opérations groupées » list below follows (it listens to `bulk-operation-started`).
 */
export const ReferentTransferPanel = ({ kinds, users, initialFrom, initialKind }: { kinds: ReferentTransferKind[]; users: Option[]; initialFrom: string; initialKind: string }) => {
  const { config } = useConfig()
  const api = `${config.serverURL}${config.routes.api}`
  const [slug, setSlug] = useState(kinds.find((kind) => kind.collection === initialKind)?.slug ?? kinds[0]?.slug ?? '')
  const kind = kinds.find((k) => k.slug === slug)
  const [from, setFrom] = useState(initialFrom)
  const [to, setTo] = useState('')
  const [rows, setRows] = useState<Row[]>([])
  const [selected, setSelected] = useState<Set<number>>(new Set())
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)
  const [busy, setBusy] = useState(false)

  // The records the caller may read among those `from` refers; « tous » also covers those they may not list.
  useEffect(() => {
    setSelected(new Set())
    if (!from || !kind) return setRows([])
    const controller = new AbortController()
    fetch(`${api}/${kind.collection}?depth=0&limit=100&where[referent][equals]=${encodeURIComponent(from)}`, { credentials: 'include', signal: controller.signal })
      .then((r) => r.json())
      .then((body) => setRows(body.docs ?? []))
      .catch(() => setRows([]))
    return () => controller.abort()
  }, [api, from, kind])

  if (!kind) return null
  const start = async () => {
    setBusy(true)
    setMessage(null)
    const response = await postJson(`${api}${kind.endpoint}`, { from: Number(from), to: Number(to), ...(selected.size ? { ids: [...selected] } : { all: true }) })
    const answer = response.answer
    setBusy(false)
    if (response.status === 202) {
      setMessage({ ok: true, text: `Transfert de ${answer.total} élément(s) lancé.` })
      setSelected(new Set())
      window.dispatchEvent(new Event('bulk-operation-started'))
    } else setMessage({ ok: false, text: errorMessageOf(answer, 'Transfert impossible.') })
  }

  return (
    <section aria-label="Transfert de référent" style={{ display: 'grid', gap: 12 }}>
      <h3>Changer de référent : offres, partenaires et employeurs</h3>
      <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap', alignItems: 'flex-end' }}>
        <label style={{ display: 'grid', gap: 4 }}>
          <span>Éléments</span>
          <select id="referent-transfer-kind" value={slug} onChange={(e) => setSlug(e.target.value)} style={{ padding: 6 }}>
            {kinds.map((k) => (
              <option key={k.slug} value={k.slug}>
                {k.elements}
              </option>
            ))}
          </select>
        </label>
        <label style={{ display: 'grid', gap: 4 }}>
          <span>Référent actuel</span>
          <select id="referent-transfer-from" value={from} onChange={(e) => setFrom(e.target.value)} style={{ padding: 6, minWidth: 240 }}>
            <option value="">— Choisir un utilisateur —</option>
            {users.map((u) => (
              <option key={u.value} value={u.value}>
                {u.label}
                {u.isActive ? '' : ' (désactivé)'}
              </option>
            ))}
          </select>
        </label>
        <label style={{ display: 'grid', gap: 4 }}>
          <span>Nouveau référent</span>
          <select id="referent-transfer-to" value={to} onChange={(e) => setTo(e.target.value)} style={{ padding: 6, minWidth: 240 }}>
            <option value="">— Choisir un utilisateur actif —</option>
            {users
              .filter((u) => u.isActive && String(u.value) !== from)
              .map((u) => (
                <option key={u.value} value={u.value}>
                  {u.label}
                </option>
              ))}
          </select>
        </label>
        <Button buttonStyle="primary" size="small" disabled={busy || !from || !to} onClick={start} id="referent-transfer-start">
          {selected.size ? `Transférer la sélection (${selected.size})` : 'Transférer tout'}
        </Button>
      </div>
      {from && rows.length > 0 && (
        <table style={{ borderCollapse: 'collapse', width: '100%' }}>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <td style={cell}>
                  <input
                    type="checkbox"
                    aria-label={`Sélectionner ${String(row[kind.titleField] ?? row.id)}`}
                    checked={selected.has(row.id)}
                    onChange={() =>
                      setSelected((current) => {
                        const next = new Set(current)
                        if (next.has(row.id)) next.delete(row.id)
                        else next.add(row.id)
                        return next
                      })
                    }
                  />
                </td>
                <td style={cell}>
                  <a href={`/admin/collections/${kind.collection}/${row.id}`}>{String(row[kind.titleField] ?? row.id)}</a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {message && (
        <p role="status" style={{ color: message.ok ? 'var(--theme-success-600)' : 'var(--theme-error-600)' }}>
          {message.text}
        </p>
      )}
    </section>
  )
}
