'use client'
import { Button, CheckboxInput, useConfig, useField, useFormFields } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useEffect, useState } from 'react'

import { displayName } from '../../../src/kernel/lib/displayName'
import { errorMessageOf, postJson } from '../../../src/kernel/admin/postJson'

type Homonym = { id: number; firstName: string | null; lastName: string | null; structures: { id: number; name: string }[]; status: string }

const STATUS: Record<string, string> = { active: 'Actif', deactivated: 'Désactivé', unsubscribed: 'Désinscrit' }

/**
 * Seed 003, « Création du compte »: while the admin types the names of a new user, the users
 * who already bear them (any structure, any state) are shown with « + Ajouter ce compte
 * utilisateur à ma structure » (POST /api/users/:id/attach) — preferable, the person keeps their
 * identifier and history — or « Ignorer les utilisateurs existants et créer un nouveau compte »,
 * which ticks `ignoreDuplicates` for the save. The server refuses a homonym without it anyway.
 */
export const HomonymsPanel = ({ path = 'ignoreDuplicates' }: { path?: string }) => {
  const { config } = useConfig()
  const router = useRouter()
  const api = `${config.serverURL}${config.routes.api}`
  const firstName = useFormFields(([fields]) => fields.firstName?.value as string | undefined)
  const lastName = useFormFields(([fields]) => fields.lastName?.value as string | undefined)
  const { value: ignore, setValue } = useField<boolean>({ path })
  const [duplicates, setDuplicates] = useState<Homonym[]>([])
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)

  useEffect(() => {
    if (!firstName?.trim() || !lastName?.trim()) return setDuplicates([])
    const controller = new AbortController()
    const timer = setTimeout(() => {
      const query = new URLSearchParams({ firstName, lastName })
      fetch(`${api}/users/homonyms?${query}`, { credentials: 'include', signal: controller.signal })
        .then((r) => r.json())
        .then((body) => setDuplicates(body.duplicates ?? []))
        .catch(() => {})
    }, 300)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [api, firstName, lastName])

  const attach = async (homonym: Homonym) => {
    const response = await postJson(`${api}/users/${homonym.id}/attach`, {})
    const body = response.answer
    if (!response.ok) return setMessage({ ok: false, text: errorMessageOf(body, 'Ajout impossible.') })
    setMessage({ ok: true, text: body.message })
    router.push(`${config.routes.admin}/collections/users/${homonym.id}`)
  }

  if (duplicates.length === 0) return null
  return (
    <section aria-label="Utilisateurs existants portant ce nom" style={{ border: '1px solid var(--theme-warning-500)', borderRadius: 4, padding: 12, marginBottom: 24 }}>
      <h4 style={{ margin: '0 0 6px' }}>Cet utilisateur est peut-être déjà connu</h4>
      <p style={{ margin: '0 0 8px' }}>
        Vérifiez avec la personne s’il s’agit d’une antériorité professionnelle : il est préférable de récupérer son compte, elle garde son identifiant.
      </p>
      <ul style={{ margin: '0 0 8px', paddingLeft: 18 }}>
        {duplicates.map((d) => (
          <li key={d.id} style={{ marginBottom: 6 }}>
            <strong>{displayName(d)}</strong> — {d.structures.map((s) => s.name).join(', ') || 'aucune structure'} — {STATUS[d.status] ?? d.status}{' '}
            <Button buttonStyle="secondary" size="small" onClick={() => attach(d)}>
              + Ajouter ce compte utilisateur à ma structure
            </Button>
          </li>
        ))}
      </ul>
      <CheckboxInput
        checked={Boolean(ignore)}
        onToggle={() => setValue(!ignore)}
        label="Ignorer les utilisateurs existants et créer un nouveau compte"
        name={path}
      />
      {message && (
        <p role="status" style={{ color: message.ok ? 'var(--theme-success-600)' : 'var(--theme-error-600)' }}>
          {message.text}
        </p>
      )}
    </section>
  )
}
