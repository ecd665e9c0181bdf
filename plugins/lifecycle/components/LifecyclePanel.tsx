'use client'
import { Button, useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useCallback, useEffect, useState } from 'react'

import type { EventField, EventInfo, StateInfo } from '../../../workflows/shared/types'
import { LIFECYCLE_CHANGED_EVENT } from './events'
import { StatusBadge } from './StatusBadge'
import { errorMessageOf, postJson } from '../../../src/kernel/admin/postJson'

type HistoryEntry = {
  id: number
  event: string
  from: string | null
  to: string
  actor: { name: string } | null
  comment: string | null
  createdAt: string
}

type Description = { state: string; allowed: string[]; history: HistoryEntry[] }

type Props = { collection: string; states: Record<string, StateInfo>; events: Record<string, EventInfo> }

const RelationshipInput = ({ field, value, onChange, apiRoute }: { field: EventField; value: string; onChange: (v: string) => void; apiRoute: string }) => {
  const [options, setOptions] = useState<{ id: number; name?: string; title?: string }[]>([])
  useEffect(() => {
    const filter = Object.entries(field.filter ?? {})
      .map(([key, v]) => `&where[${key}][equals]=${encodeURIComponent(v)}`)
      .join('')
    fetch(`${apiRoute}/${field.relationTo}?limit=100&depth=0&sort=name${filter}`, { credentials: 'include' })
      .then((r) => r.json())
      .then((body) => setOptions(body.docs ?? []))
      .catch(() => setOptions([]))
  }, [apiRoute, field])
  return (
    <select name={field.name} value={value} onChange={(e) => onChange(e.target.value)} style={{ width: '100%', padding: 6 }}>
      <option value="">— Choisir —</option>
      {options.map((o) => (
        <option key={o.id} value={o.id}>
          {o.name ?? o.title ?? o.id}
        </option>
      ))}
    </select>
  )
}

/**
 * The document's one status control, heading the edit view's sidebar (it is the `status` field's
 * edit component): current state, one button per event this user may send now (with a small form
 * when the event carries data), and the history as a timeline, reloaded after every transition
 * and every save.
 */
export const LifecyclePanel = ({ collection, states, events }: Props) => {
  const { id, savedDocumentData } = useDocumentInfo()
  // Changes each time the document is saved (its own hooks may have sent an event).
  const savedAt = (savedDocumentData as { updatedAt?: string } | undefined)?.updatedAt
  const { config } = useConfig()
  const router = useRouter()
  const apiRoute = `${config.serverURL ?? ''}${config.routes.api}`
  const [description, setDescription] = useState<Description | null>(null)
  const [open, setOpen] = useState<string | null>(null)
  const [values, setValues] = useState<Record<string, string>>({})
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [notice, setNotice] = useState<string | null>(null)

  const load = useCallback(async () => {
    if (!id) return
    const response = await fetch(`${apiRoute}/${collection}/${id}/transitions`, { credentials: 'include' })
    if (response.ok) setDescription(await response.json())
    return response.ok
  }, [apiRoute, collection, id])

  // On opening, and after every save of the document's form: the history stays current.
  useEffect(() => {
    void load()
  }, [load, savedAt])

  // A form of the document's own (e.g. a session's attendance) sent an event: show the new state.
  useEffect(() => {
    const reload = () => void load()
    window.addEventListener(LIFECYCLE_CHANGED_EVENT, reload)
    return () => window.removeEventListener(LIFECYCLE_CHANGED_EVENT, reload)
  }, [load])

  if (!id) return null

  const send = async (event: string) => {
    setBusy(true)
    setError(null)
    const info = events[event]
    const data: Record<string, unknown> = {}
    for (const field of info.fields ?? []) {
      const v = values[field.name]
      if (v !== undefined && v !== '') data[field.name] = field.type === 'relationship' ? Number(v) : v
    }
    const response = await postJson(`${apiRoute}/${collection}/${id}/transitions`, { event, ...data })
    setBusy(false)
    if (!response.ok) {
      const body = response.answer
      setError(errorMessageOf(body, `Erreur ${response.status}`))
      return
    }
    setOpen(null)
    setValues({})
    const updated = response.answer
    if (await load()) {
      router.refresh()
      return
    }
    // E.g. a transfer: the document has left the structures this user acts on.
    setDescription(null)
    setNotice(
      `« ${events[event].label.fr} » effectué (statut : ${updated?.status ? states[updated.status]?.label.fr ?? updated.status : '?'}). Ce document ne fait plus partie de vos structures.`,
    )
  }

  const stateLabel = (state: string | null) => (state ? states[state]?.label.fr ?? state : '—')

  return (
    <div className="tremplin-lifecycle" style={{ marginBottom: 24 }}>
      <p style={{ marginBottom: 8, fontWeight: 600 }}>Statut</p>
      <StatusBadge state={description?.state} states={states} />
      <div style={{ display: 'flex', flexDirection: 'column', gap: 8, marginTop: 12 }}>
        {(description?.allowed ?? []).filter((event) => !events[event]?.ownForm).map((event) => {
          const info = events[event]
          const hasFields = Boolean(info.fields?.length)
          // A danger event (deactivate, unsubscribe, reject…) is confirmed before it is sent.
          const asksFirst = hasFields || info.tone === 'danger'
          return (
            <div key={event}>
              <Button
                buttonStyle={info.tone === 'danger' ? 'secondary' : 'primary'}
                size="small"
                disabled={busy}
                onClick={() => (asksFirst ? setOpen(open === event ? null : event) : send(event))}
                id={`transition-${event}`}
              >
                {info.label.fr}
              </Button>
              {open === event && (
                <div style={{ border: '1px solid var(--theme-elevation-150)', padding: 12, borderRadius: 4 }}>
                  {!hasFields && <p style={{ margin: '0 0 8px' }}>Confirmez-vous « {info.label.fr} » ?</p>}
                  {(info.fields ?? []).map((field) => (
                    <label key={field.name} style={{ display: 'block', marginBottom: 8 }}>
                      <span style={{ display: 'block', marginBottom: 4 }}>
                        {field.label.fr}
                        {field.required ? ' *' : ''}
                      </span>
                      {field.type === 'relationship' ? (
                        <RelationshipInput field={field} apiRoute={apiRoute} value={values[field.name] ?? ''} onChange={(v) => setValues({ ...values, [field.name]: v })} />
                      ) : field.options?.length ? (
                        <select
                          name={field.name}
                          value={values[field.name] ?? ''}
                          onChange={(e) => setValues({ ...values, [field.name]: e.target.value })}
                          style={{ width: '100%', padding: 6 }}
                        >
                          <option value="">— Choisir —</option>
                          {(field.options ?? []).map((option) => (
                            <option key={option.value} value={option.value}>
                              {option.label.fr}
                            </option>
                          ))}
                        </select>
                      ) : (
                        <textarea
                          name={field.name}
                          rows={3}
                          maxLength={field.maxLength}
                          style={{ width: '100%' }}
                          value={values[field.name] ?? ''}
                          onChange={(e) => setValues({ ...values, [field.name]: e.target.value })}
                        />
                      )}
                    </label>
                  ))}
                  <Button size="small" disabled={busy} onClick={() => send(event)} id={`confirm-${event}`}>
                    Confirmer
                  </Button>
                </div>
              )}
            </div>
          )
        })}
      </div>
      {notice && (
        <p role="status" className="tremplin-lifecycle-notice" style={{ marginTop: 8 }}>
          {notice}
        </p>
      )}
      {error && (
        <p role="alert" style={{ color: 'var(--theme-error-500)', marginTop: 8 }}>
          {error}
        </p>
      )}
      <p style={{ margin: '16px 0 8px', fontWeight: 600 }}>Historique</p>
      <ol className="tremplin-history" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {(description?.history ?? []).length === 0 && <li style={{ color: 'var(--theme-elevation-500)' }}>Aucun changement de statut.</li>}
        {(description?.history ?? [])
          .slice()
          .reverse()
          .map((entry) => (
            <li key={entry.id} style={{ borderLeft: '3px solid var(--theme-elevation-200)', paddingLeft: 8, marginBottom: 8 }}>
              <div style={{ fontSize: 12, color: 'var(--theme-elevation-600)' }}>
                {new Date(entry.createdAt).toLocaleString('fr-FR')} · {entry.actor?.name ?? 'Système'}
              </div>
              <div>
                {events[entry.event]?.label.fr ?? entry.event} : {stateLabel(entry.from)} → {stateLabel(entry.to)}
              </div>
              {entry.comment && <div style={{ fontStyle: 'italic' }}>« {entry.comment} »</div>}
            </li>
          ))}
      </ol>
    </div>
  )
}
