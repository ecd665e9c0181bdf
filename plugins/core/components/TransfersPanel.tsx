'use client'
import { Button, useConfig } from '@payloadcms/ui'
import React, { useCallback, useEffect, useState } from 'react'

import { OperationProgress, type Operation } from '../../../src/kernel/admin/OperationProgress'
import { errorMessageOf, postJson } from '../../../src/kernel/admin/postJson'
import { OptionSelect } from '../../../src/kernel/admin/OptionSelect'

export type Option = { value: number; label: string }

type Account = { id: number; firstName?: string | null; lastName?: string | null; email?: string | null; status?: string; structure?: number | null }

const PAGE_SIZE = 20
const ACCOUNT_STATUS: Record<string, string> = { pending: 'En attente de validation', enabled: 'Activé', transferred: 'Transféré', disabled: 'Désactivé' }
const cell = { padding: '6px 10px', borderBottom: '1px solid var(--theme-elevation-100)' }


/** The list, the selection, the destination and the operations under way (see TransfersView). */
export const TransfersPanel = ({ counsellors, places, initialFrom, userId }: { counsellors: (Option & { isActive: boolean })[]; places: Option[]; initialFrom: string; userId: number }) => {
  const { config } = useConfig()
  const api = `${config.serverURL}${config.routes.api}`
  const [from, setFrom] = useState(initialFrom)
  const [search, setSearch] = useState('')
  const [status, setStatus] = useState('')
  const [page, setPage] = useState(1)
  const [accounts, setAccounts] = useState<Account[]>([])
  const [totalDocs, setTotalDocs] = useState(0)
  const [selected, setSelected] = useState<Set<number>>(new Set())
  const [isAll, setIsAll] = useState(false)
  const [action, setAction] = useState<'counsellor' | 'place'>('counsellor')
  const [to, setTo] = useState('')
  const [place, setPlace] = useState('')
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)
  const [operations, setOperations] = useState<Operation[]>([])
  const [busy, setBusy] = useState(false)

  const filterQuery = useCallback(() => {
    const params = new URLSearchParams({ depth: '0', limit: String(PAGE_SIZE), page: String(page), sort: 'lastName' })
    let i = 0
    if (from) params.set(`where[and][${i++}][referents][in]`, from)
    if (status) params.set(`where[and][${i++}][status][equals]`, status)
    if (search.trim()) {
      params.set(`where[and][${i}][or][0][lastName][like]`, search.trim())
      params.set(`where[and][${i}][or][1][firstName][like]`, search.trim())
      params.set(`where[and][${i++}][or][2][email][like]`, search.trim())
    }
    return params.toString()
  }, [from, status, search, page])

  // The list is read again when an operation ends: the young people it moved have left it.
  const finished = operations.filter((operation) => operation.status === 'done' || operation.status === 'failed').length
  useEffect(() => {
    if (!from) {
      setAccounts([])
      setTotalDocs(0)
      return
    }
    const controller = new AbortController()
    fetch(`${api}/accounts?${filterQuery()}`, { credentials: 'include', signal: controller.signal })
      .then((r) => r.json())
      .then((body) => {
        setAccounts(body.docs ?? [])
        setTotalDocs(body.totalDocs ?? 0)
      })
      .catch(() => {})
    return () => controller.abort()
  }, [api, filterQuery, from, finished])

  const loadOperations = useCallback(async () => {
    const response = await fetch(`${api}/bulk-operations?where[createdBy][equals]=${userId}&sort=-createdAt&limit=10&depth=0`, { credentials: 'include' })
    const body = await response.json().catch(() => ({}))
    setOperations(body.docs ?? [])
  }, [api, userId])

  // Come back later: the operations under way are read again every second until they end.
  const isRunning = operations.some((operation) => operation.status === 'queued' || operation.status === 'running')
  useEffect(() => {
    loadOperations()
    // Another panel of the page (referent transfers) started one: show it at once.
    window.addEventListener('bulk-operation-started', loadOperations)
    return () => window.removeEventListener('bulk-operation-started', loadOperations)
  }, [loadOperations])
  useEffect(() => {
    if (!isRunning) return
    const timer = setInterval(loadOperations, 1000)
    return () => clearInterval(timer)
  }, [isRunning, loadOperations])

  const resetSelection = () => {
    setSelected(new Set())
    setIsAll(false)
  }
  const toggle = (id: number) => {
    setIsAll(false)
    setSelected((current) => {
      const next = new Set(current)
      if (next.has(id)) next.delete(id)
      else next.add(id)
      return next
    })
  }
  const isPageSelected = accounts.length > 0 && accounts.every((account) => isAll || selected.has(account.id))
  const togglePage = () => {
    setIsAll(false)
    setSelected((current) => {
      const next = new Set(current)
      for (const account of accounts) {
        if (isPageSelected) next.delete(account.id)
        else next.add(account.id)
      }
      return next
    })
  }
  const count = isAll ? totalDocs : selected.size

  const start = async () => {
    setBusy(true)
    setMessage(null)
    const selection = isAll ? { all: true, ...(search.trim() ? { search: search.trim() } : {}), ...(status ? { status } : {}) } : { ids: [...selected] }
    const [path, body] =
      action === 'counsellor'
        ? ['transfer-counsellor', { from: Number(from), to: Number(to), ...selection }]
        : ['transfer-place', { structure: Number(place), ...(from ? { from: Number(from) } : {}), ...selection }]
    const { status: answered, answer } = await postJson(`${api}/bulk-operations/${path}`, body)
    setBusy(false)
    if (answered === 202) {
      setMessage({ ok: true, text: `Transfert de ${answer.total} dossier(s) lancé.` })
      resetSelection()
      await loadOperations()
    } else setMessage({ ok: false, text: errorMessageOf(answer, 'Transfert impossible.') })
  }

  const pages = Math.max(1, Math.ceil(totalDocs / PAGE_SIZE))
  const canStart = count > 0 && !busy && (action === 'counsellor' ? Boolean(from && to) : Boolean(place))

  return (
    <div style={{ display: 'grid', gap: 24 }}>
      <section aria-label="Dossiers à transférer">
        <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap', alignItems: 'flex-end' }}>
          <label style={{ display: 'grid', gap: 4 }}>
            <span>Conseiller dont les dossiers sont à transférer</span>
            <select
              id="transfer-from"
              value={from}
              onChange={(e) => {
                setFrom(e.target.value)
                setPage(1)
                resetSelection()
              }}
              style={{ padding: 6, minWidth: 240 }}
            >
              <option value="">— Choisir un conseiller —</option>
              {counsellors.map((c) => (
                <option key={c.value} value={c.value}>
                  {c.label}
                  {c.isActive ? '' : ' (désactivé)'}
                </option>
              ))}
            </select>
          </label>
          <label style={{ display: 'grid', gap: 4 }}>
            <span>Rechercher (nom, prénom, e-mail)</span>
            <input
              id="transfer-search"
              value={search}
              onChange={(e) => {
                setSearch(e.target.value)
                setPage(1)
                resetSelection()
              }}
              style={{ padding: 6 }}
            />
          </label>
          <label style={{ display: 'grid', gap: 4 }}>
            <span>État du compte</span>
            <select
              id="transfer-status"
              value={status}
              onChange={(e) => {
                setStatus(e.target.value)
                setPage(1)
                resetSelection()
              }}
              style={{ padding: 6 }}
            >
              <option value="">Tous</option>
              {Object.entries(ACCOUNT_STATUS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </label>
        </div>

        {from && (
          <>
            <p style={{ margin: '12px 0 4px' }}>
              {totalDocs} dossier(s) dans la liste — <strong id="transfer-selected-count">{count} sélectionné(s)</strong>
              {totalDocs > accounts.length && (
                <label style={{ marginLeft: 16 }}>
                  <input type="checkbox" id="transfer-select-all" checked={isAll} onChange={(e) => (e.target.checked ? setIsAll(true) : resetSelection())} /> Tout sélectionner sur toutes les pages
                </label>
              )}
            </p>
            <table style={{ borderCollapse: 'collapse', width: '100%' }}>
              <thead>
                <tr>
                  <th style={cell}>
                    <input type="checkbox" aria-label="Sélectionner la page" checked={isPageSelected} onChange={togglePage} />
                  </th>
                  <th style={{ ...cell, textAlign: 'left' }}>Nom</th>
                  <th style={{ ...cell, textAlign: 'left' }}>Prénom</th>
                  <th style={{ ...cell, textAlign: 'left' }}>E-mail</th>
                  <th style={{ ...cell, textAlign: 'left' }}>État</th>
                </tr>
              </thead>
              <tbody>
                {accounts.map((account) => (
                  <tr key={account.id}>
                    <td style={cell}>
                      <input type="checkbox" aria-label={`Sélectionner ${account.firstName ?? ''} ${account.lastName ?? ''}`} checked={isAll || selected.has(account.id)} onChange={() => toggle(account.id)} />
                    </td>
                    <td style={cell}>{account.lastName}</td>
                    <td style={cell}>{account.firstName}</td>
                    <td style={cell}>{account.email}</td>
                    <td style={cell}>{ACCOUNT_STATUS[account.status ?? ''] ?? account.status}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {pages > 1 && (
              <p>
                <button type="button" disabled={page <= 1} onClick={() => setPage(page - 1)}>
                  Précédente
                </button>{' '}
                Page {page} / {pages}{' '}
                <button type="button" disabled={page >= pages} onClick={() => setPage(page + 1)}>
                  Suivante
                </button>
              </p>
            )}
          </>
        )}
      </section>

      <section aria-label="Destination" style={{ display: 'flex', gap: 16, flexWrap: 'wrap', alignItems: 'flex-end' }}>
        <label style={{ display: 'grid', gap: 4 }}>
          <span>Action</span>
          <select id="transfer-action" value={action} onChange={(e) => setAction(e.target.value as 'counsellor' | 'place')} style={{ padding: 6 }}>
            <option value="counsellor">Changer de conseiller</option>
            <option value="place">Lieu de rattachement</option>
          </select>
        </label>
        {action === 'counsellor' ? (
          <label style={{ display: 'grid', gap: 4 }}>
            <span>Nouveau conseiller</span>
            <OptionSelect id="transfer-to" value={to} onChange={setTo} options={counsellors.filter((c) => c.isActive && String(c.value) !== from)} placeholder="— Choisir un conseiller actif —" style={{ padding: 6, minWidth: 240 }} />
          </label>
        ) : (
          <label style={{ display: 'grid', gap: 4 }}>
            <span>Nouveau lieu de rattachement</span>
            <OptionSelect id="transfer-place" value={place} onChange={setPlace} options={places} placeholder="— Choisir une antenne ou la Mission Locale —" style={{ padding: 6, minWidth: 240 }} />
          </label>
        )}
        <Button buttonStyle="primary" size="small" disabled={!canStart} onClick={start} id="transfer-start">
          Lancer le transfert
        </Button>
      </section>
      {message && (
        <p role="status" style={{ color: message.ok ? 'var(--theme-success-600)' : 'var(--theme-error-600)' }}>
          {message.text}
        </p>
      )}

      <section aria-label="Mes opérations groupées">
        <h3>Mes opérations groupées</h3>
        {operations.length === 0 ? <p>Aucune opération pour le moment.</p> : operations.map((operation) => <OperationProgress key={operation.id} operation={operation} />)}
      </section>
    </div>
  )
}
