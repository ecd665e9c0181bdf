'use client'
import { Button, useAuth, useConfig, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

import { errorMessageOf, postJson } from '../../../../src/kernel/admin/postJson'

/**
 * Sidebar of a shared space: a member invites colleagues of their structures (by their e-mail)
 * or leaves the space (« Quitter l'espace »: access to its messages and documents ends at once).
 */
export const SpaceMembershipPanel = () => {
  const { id } = useDocumentInfo()
  const { user } = useAuth()
  const { config } = useConfig()
  const router = useRouter()
  const members = (useFormFields(([fields]) => fields.members?.value) ?? []) as (number | { id: number })[]
  const [email, setEmail] = useState('')
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null)
  const [busy, setBusy] = useState(false)
  if (!id || !user) return null
  const api = `${config.serverURL}${config.routes.api}`
  const isMember = members.some((member) => Number(typeof member === 'object' ? member.id : member) === Number(user.id))

  const call = async (path: string, body?: unknown) => {
    setBusy(true)
    const { ok, answer } = await postJson(`${api}/shared-spaces/${id}/${path}`, body || undefined)
    setBusy(false)
    setResult({ ok, message: ok ? answer.message : errorMessageOf(answer, 'Action impossible.') })
    return ok
  }

  const invite = async () => {
    const found = await fetch(`${api}/users?where[email][equals]=${encodeURIComponent(email.trim())}&limit=1&depth=0`, { credentials: 'include' }).then((r) => r.json()).catch(() => ({}))
    const invitee = found.docs?.[0]
    if (!invitee) return setResult({ ok: false, message: 'Aucun professionnel de vos structures avec cette adresse.' })
    if (await call('invite', { users: [invitee.id] })) {
      setEmail('')
      router.refresh()
    }
  }

  const leave = async () => {
    if (!window.confirm('Quitter cet espace ? Vous n’aurez plus accès à ses messages, documents et événements.')) return
    if (await call('leave')) router.push(`${config.routes.admin}/collections/shared-spaces`)
  }

  if (!isMember) return <p style={{ fontSize: 13 }}>Vous gérez cet espace sans en être membre : ajoutez-vous aux membres pour en lire le contenu.</p>
  return (
    <section aria-label="Ma participation" style={{ marginBottom: 24 }}>
      <label htmlFor="space-invite" style={{ display: 'block', fontSize: 13 }}>
        Inviter un professionnel de vos structures (adresse e-mail)
      </label>
      <input id="space-invite" type="email" value={email} onChange={(e) => setEmail(e.target.value)} style={{ width: '100%', padding: 6, margin: '4px 0 8px' }} />
      <Button buttonStyle="secondary" size="small" disabled={!email.trim() || busy} onClick={invite}>
        Inviter
      </Button>
      <Button buttonStyle="error" size="small" disabled={busy} onClick={leave}>
        Quitter l’espace
      </Button>
      {result && (
        <p role="status" style={{ color: result.ok ? 'var(--theme-success-600)' : 'var(--theme-error-600)' }}>
          {result.message}
        </p>
      )}
    </section>
  )
}
