'use client'
import { Button, useConfig } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { OperationProgress, type Operation } from '../../../src/kernel/admin/OperationProgress'
import { errorMessageOf, postJson } from '../../../src/kernel/admin/postJson'
import { OptionSelect } from '../../../src/kernel/admin/OptionSelect'

export type Counsellor = { value: number; label: string }

type Account = { id: number; firstName?: string | null; lastName?: string | null; email?: string | null }

const cell = { padding: '6px 10px', borderBottom: '1px solid var(--theme-elevation-100)' }


/** The form of « Réaffecter des bénéficiaires » (see ReassignView): who, which young people, to whom, until when. */
export const ReassignForm = ({ counsellors, initialFrom }: { counsellors: Counsellor[]; initialFrom: string }) => {
  const { config } = useConfig()
  const api = `${config.serverURL}${config.routes.api}`
  const [from, setFrom] = useState(initialFrom)
  const [search, setSearch] = useState('')
  const [accounts, setAccounts] = useState<Account[]>([])
  const [selected, setSelected] = useState<Set<number>>(new Set())
  const [isAll, setIsAll] = useState(false)
  const [to, setTo] = useState('')
  const [type, setType] = useState<'temporary' | 'definitive'>('temporary')
  const [endsAt, setEndsAt] = useState('')
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<{ ok: boolean; text: string; link?: string } | null>(null)
  const [operation, setOperation] = useState<Operation | null>(null)

  // The young people the chosen counsellor follows (read with the caller's own rights).
  useEffect(() => {
    setSelected(new Set())
    setIsAll(false)
    if (!from) return setAccounts([])
    const params = new URLSearchParams({ depth: '0', limit: '100', sort: 'lastName', 'where[and][0][referents][in]': from })
    if (search.trim()) {
      params.set('where[and][1][or][0][lastName][like]', search.trim())
      params.set('where[and][1][or][1][firstName][like]', search.trim())
    }
    const controller = new AbortController()
    fetch(`${api}/accounts?${params}`, { credentials: 'include', signal: controller.signal })
      .then((r) => r.json())
      .then((body) => setAccounts(body.docs ?? []))
      .catch(() => {})
    return () => controller.abort()
  }, [api, from, search, operation?.status === 'done'])

  // A large move runs in the background: its progress is read again every second until it ends.
  const isRunning = operation && (operation.status === 'queued' || operation.status === 'running')
  useEffect(() => {
    if (!isRunning) return
    const timer = setInterval(async () => {
      const response = await fetch(`${api}/bulk-operations/${operation.id}?depth=0`, { credentials: 'include' })
      if (response.ok) setOperation(await response.json())
    }, 1000)
    return () => clearInterval(timer)
  }, [api, isRunning, operation?.id])

  const toggle = (id: number) =>
    setSelected((current) => {
      const next = new Set(current)
      if (next.has(id)) next.delete(id)
      else next.add(id)
      return next
    })

  const count = isAll ? accounts.length : selected.size
  const canSubmit = !busy && Boolean(from && to) && (isAll || selected.size > 0) && (type === 'definitive' || Boolean(endsAt))

  const submit = async () => {
    setBusy(true)
    setMessage(null)
    const body = {
      type,
      from: Number(from),
      to: Number(to),
      ...(type === 'temporary' ? { endsAt } : {}),
      ...(isAll ? { all: true } : { ids: [...selected] }),
    }
    const { status: answered, answer } = await postJson(`${api}/reassignments/reassign`, body)
    setBusy(false)
    if (answered === 201) {
      const moved = answer.operation?.total ?? count
      setMessage({ ok: true, text: `Réaffectation enregistrée : ${moved} bénéficiaire(s).`, link: `/admin/collections/reassignments/${answer.reassignment?.id}` })
      setOperation(answer.operation ?? null)
      setSelected(new Set())
      setIsAll(false)
    } else setMessage({ ok: false, text: errorMessageOf(answer, 'Réaffectation impossible.') })
  }

  return (
    <div style={{ display: 'grid', gap: 20, maxWidth: 900 }}>
      <section aria-label="Bénéficiaires à réaffecter">
        <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap', alignItems: 'flex-end' }}>
          <label style={{ display: 'grid', gap: 4 }}>
            <span>Conseiller dont les bénéficiaires sont réaffectés</span>
            <OptionSelect id="reassign-from" value={from} onChange={setFrom} options={counsellors} placeholder="— Choisir un conseiller —" style={{ padding: 6, minWidth: 260 }} />
          </label>
          <label style={{ display: 'grid', gap: 4 }}>
            <span>Rechercher (nom, prénom)</span>
            <input id="reassign-search" value={search} onChange={(e) => setSearch(e.target.value)} style={{ padding: 6 }} />
          </label>
          <label>
            <input type="checkbox" id="reassign-all" checked={isAll} onChange={(e) => setIsAll(e.target.checked)} /> Tous les bénéficiaires de ce conseiller
          </label>
        </div>
        {from && (
          <table style={{ borderCollapse: 'collapse', width: '100%', marginTop: 12 }}>
            <thead>
              <tr>
                <th style={cell} />
                <th style={{ ...cell, textAlign: 'left' }}>Nom</th>
                <th style={{ ...cell, textAlign: 'left' }}>Prénom</th>
                <th style={{ ...cell, textAlign: 'left' }}>E-mail</th>
              </tr>
            </thead>
            <tbody>
              {accounts.length === 0 && (
                <tr>
                  <td style={cell} colSpan={4}>
                    Aucun bénéficiaire suivi par ce conseiller.
                  </td>
                </tr>
              )}
              {accounts.map((account) => (
                <tr key={account.id}>
                  <td style={cell}>
                    <input
                      type="checkbox"
                      aria-label={`Réaffecter ${account.firstName ?? ''} ${account.lastName ?? ''}`.trim()}
                      checked={isAll || selected.has(account.id)}
                      disabled={isAll}
                      onChange={() => toggle(account.id)}
                    />
                  </td>
                  <td style={cell}>{account.lastName}</td>
                  <td style={cell}>{account.firstName}</td>
                  <td style={cell}>{account.email}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <p id="reassign-count">{isAll ? 'Tous les bénéficiaires sélectionnés' : `${count} bénéficiaire(s) sélectionné(s)`}</p>
      </section>

      <section aria-label="Réaffectation" style={{ display: 'flex', gap: 16, flexWrap: 'wrap', alignItems: 'flex-end' }}>
        <label style={{ display: 'grid', gap: 4 }}>
          <span>Conseiller remplaçant</span>
          <OptionSelect id="reassign-to" value={to} onChange={setTo} options={counsellors.filter((c) => String(c.value) !== from)} placeholder="— Choisir un conseiller —" style={{ padding: 6, minWidth: 260 }} />
        </label>
        <fieldset style={{ border: 'none', padding: 0, margin: 0, display: 'flex', gap: 12 }}>
          <legend>Type de réaffectation</legend>
          <label>
            <input type="radio" name="reassign-type" value="temporary" checked={type === 'temporary'} onChange={() => setType('temporary')} /> Temporaire
          </label>
          <label>
            <input type="radio" name="reassign-type" value="definitive" checked={type === 'definitive'} onChange={() => setType('definitive')} /> Définitive
          </label>
        </fieldset>
        {type === 'temporary' && (
          <label style={{ display: 'grid', gap: 4 }}>
            <span>Jusqu’au</span>
            <input type="date" id="reassign-ends-at" value={endsAt} onChange={(e) => setEndsAt(e.target.value)} style={{ padding: 6 }} />
          </label>
        )}
        <Button buttonStyle="primary" size="small" disabled={!canSubmit} onClick={submit} id="reassign-submit">
          Réaffecter
        </Button>
      </section>

      {message && (
        <p role="status" style={{ color: message.ok ? 'var(--theme-success-600)' : 'var(--theme-error-600)' }}>
          {message.text} {message.link && <a href={message.link}>Voir la réaffectation</a>}
        </p>
      )}
      {operation && <OperationProgress operation={operation} />}
    </div>
  )
}
