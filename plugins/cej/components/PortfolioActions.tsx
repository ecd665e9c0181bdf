'use client'
import { Button, useConfig } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

import { SITUATIONS } from '../portfolio/options'
import { errorMessageOf, postJson } from '../../../src/kernel/admin/postJson'


const useApi = () => {
  const { config } = useConfig()
  return `${config.serverURL}${config.routes.api}`
}

const inputStyle = { padding: 6, minWidth: 200 }
const Status = ({ result }: { result: { ok: boolean; message: string } | null }) =>
  result ? (
    <p role="status" style={{ color: result.ok ? 'var(--theme-success-600)' : 'var(--theme-error-600)' }}>
      {result.message}
    </p>
  ) : null

/** « Ajouter un bénéficiaire »: the i-milo dossier number, and the identity the activation e-mail goes to. */
export const PortfolioAddForm = () => {
  const api = useApi()
  const router = useRouter()
  const [open, setOpen] = useState(false)
  const [busy, setBusy] = useState(false)
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null)
  if (!open) {
    return (
      <Button buttonStyle="primary" size="small" onClick={() => setOpen(true)} id="add-beneficiary">
        + Ajouter un bénéficiaire
      </Button>
    )
  }
  const submit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    setBusy(true)
    const data = Object.fromEntries(new FormData(event.currentTarget).entries())
    const { ok, answer: json } = await postJson(`${api}/cej/beneficiaries`, Object.fromEntries(Object.entries(data).filter(([, v]) => v !== '')))
    setResult({ ok, message: ok ? json.message : errorMessageOf(json, 'Opération impossible.') })
    setBusy(false)
    if (ok) router.refresh()
  }
  return (
    <form onSubmit={submit} aria-label="Créer un compte bénéficiaire" style={{ border: '1px solid var(--theme-elevation-150)', padding: 16, margin: '16px 0', display: 'grid', gap: 8, maxWidth: 520 }}>
      <h3 style={{ margin: 0 }}>Créer un compte bénéficiaire</h3>
      <p style={{ margin: 0 }}>Saisissez le numéro de dossier i-milo du jeune : il recevra par e-mail un lien d'activation valable 12 heures.</p>
      <label>
        Numéro de dossier <input name="dossierNumber" required style={inputStyle} />
      </label>
      <label>
        Prénom <input name="firstName" required style={inputStyle} />
      </label>
      <label>
        Nom <input name="lastName" required style={inputStyle} />
      </label>
      <label>
        E-mail <input name="email" type="email" required style={inputStyle} />
      </label>
      <label>
        Situation{' '}
        <select name="situation" style={inputStyle} defaultValue="">
          <option value="">—</option>
          {SITUATIONS.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label.fr}
            </option>
          ))}
        </select>
      </label>
      <div>
        <button type="submit" className="btn btn--style-primary btn--size-small" disabled={busy} style={{ margin: 0 }}>
          Valider le numéro
        </button>
      </div>
      <Status result={result} />
    </form>
  )
}

/** « Supprimer ce compte », with its reason, through the account's lifecycle (`DELETE`). */
export const PortfolioDeleteButton = ({ account }: { account: number }) => {
  const api = useApi()
  const router = useRouter()
  const [reason, setReason] = useState('')
  const [open, setOpen] = useState(false)
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null)
  if (!open) {
    return (
      <Button buttonStyle="error" size="small" onClick={() => setOpen(true)}>
        Supprimer ce compte
      </Button>
    )
  }
  const remove = async () => {
    const { ok, answer: json } = await postJson(`${api}/accounts/${account}/transitions`, { event: 'DELETE', reason })
    setResult({ ok, message: ok ? 'Le compte est supprimé.' : errorMessageOf(json, 'Opération impossible.') })
    if (ok) router.push('/admin/portefeuille')
  }
  return (
    <div style={{ display: 'grid', gap: 8, maxWidth: 520 }}>
      <label>
        Motif de la suppression
        <textarea value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} style={{ width: '100%', padding: 6 }} />
      </label>
      <div>
        <Button buttonStyle="error" size="small" disabled={!reason.trim()} onClick={remove}>
          Confirmer la suppression
        </Button>
      </div>
      <Status result={result} />
    </div>
  )
}

/** « Enregistrer les actions en non SNP » on the actions ticked in the pilotage list. */
export const PortfolioNotSnpForm = ({ actions }: { actions: { id: number; label: string }[] }) => {
  const api = useApi()
  const router = useRouter()
  const [chosen, setChosen] = useState<number[]>([])
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null)
  const toggle = (id: number) => setChosen((ids) => (ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id]))
  const record = async () => {
    const { ok, answer: json } = await postJson(`${api}/actions/not-snp`, { actions: chosen })
    setResult({ ok, message: ok ? json.message : errorMessageOf(json, 'Opération impossible.') })
    if (ok) {
      setChosen([])
      router.refresh()
    }
  }
  return (
    <div>
      <p>{chosen.length ? `${chosen.length} action(s) sélectionnée(s)` : 'Sélectionnez au moins un élément ci-dessous pour commencer à qualifier'}</p>
      <ul style={{ listStyle: 'none', padding: 0 }}>
        {actions.map((action) => (
          <li key={action.id}>
            <label>
              <input type="checkbox" checked={chosen.includes(action.id)} onChange={() => toggle(action.id)} /> {action.label}
            </label>
          </li>
        ))}
      </ul>
      <Button buttonStyle="secondary" size="small" disabled={!chosen.length} onClick={record}>
        Enregistrer les actions en non SNP
      </Button>
      <Status result={result} />
    </div>
  )
}
