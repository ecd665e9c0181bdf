'use client'
import { useConfig } from '@payloadcms/ui'
import React, { useCallback, useEffect, useState } from 'react'

import { errorMessageOf, postJson } from '../../../../src/kernel/admin/postJson'

type Alert = { id: number; title: string; body?: string | null }

const POLL_MS = 5000

/**
 * The colleague's side: every few seconds, the user's unread silent-alert notifications; one shows
 * as a modal over the whole page (role « alertdialog », focus on its button) until « J'ai vu
 * l'alerte » marks it read. The sender's side: a small « Alerte » link, one press per structure.
 */
export const SilentAlertClient = ({ structures }: { structures: { id: number; name: string }[] }) => {
  const { config } = useConfig()
  const api = `${config.serverURL ?? ''}${config.routes.api}`
  const [alerts, setAlerts] = useState<Alert[]>([])
  const [sent, setSent] = useState<string | null>(null)

  const poll = useCallback(async () => {
    const response = await fetch(`${api}/notifications?where[kind][equals]=silent-alert&where[readAt][exists]=false&sort=createdAt&limit=5&depth=0`, { credentials: 'include' }).catch(() => null)
    if (response?.ok) setAlerts(((await response.json()).docs ?? []) as Alert[])
  }, [api])

  useEffect(() => {
    void poll()
    const timer = setInterval(() => void poll(), POLL_MS)
    return () => clearInterval(timer)
  }, [poll])

  const acknowledge = async (id: number) => {
    await fetch(`${api}/notifications/${id}`, { method: 'PATCH', credentials: 'include', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ readAt: new Date().toISOString() }) })
    setAlerts((current) => current.filter((a) => a.id !== id))
  }

  const trigger = async (structure: number) => {
    const response = await postJson(`${api}/silent-alerts/trigger`, { structure })
    const body = response.answer
    setSent(response.ok ? body.message : errorMessageOf(body, 'Alerte impossible.'))
  }

  const current = alerts[0]
  return (
    <>
      {structures.map((structure) => (
        <button
          key={structure.id}
          type="button"
          id={`silent-alert-${structure.id}`}
          onClick={() => void trigger(structure.id)}
          title={`Alerte silencieuse : prévenir les collègues présents (${structure.name})`}
          style={{ background: 'none', border: 'none', padding: '2px 0', color: 'var(--theme-elevation-400)', fontSize: 11, cursor: 'pointer', textAlign: 'left' }}
        >
          Alerte{structures.length > 1 ? ` · ${structure.name}` : ''}
        </button>
      ))}
      {sent ? <span role="status" style={{ fontSize: 11, color: 'var(--theme-elevation-500)' }}>{sent}</span> : null}
      {current ? (
        <div style={{ position: 'fixed', inset: 0, zIndex: 100000, background: 'rgba(140, 0, 0, 0.85)', display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
          <div role="alertdialog" aria-modal="true" aria-labelledby="silent-alert-title" style={{ background: '#fff', color: '#000', padding: 32, maxWidth: 560, borderRadius: 8, border: '6px solid #c00' }}>
            <h2 id="silent-alert-title" style={{ color: '#c00', marginTop: 0 }}>{current.title}</h2>
            {(current.body ?? '').split('\n').map((line) => (
              <p key={line}>{line}</p>
            ))}
            <button type="button" autoFocus onClick={() => void acknowledge(current.id)} style={{ fontSize: 18, padding: '8px 16px' }}>
              J&apos;ai vu l&apos;alerte
            </button>
          </div>
        </div>
      ) : null}
    </>
  )
}
