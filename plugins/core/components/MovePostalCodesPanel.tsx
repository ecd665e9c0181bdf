'use client'
import { Button, useConfig, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useEffect, useState } from 'react'

import { errorMessageOf, postJson } from '../../../src/kernel/admin/postJson'

type MissionLocale = { id: number; name: string }

/**
 * Seed 003, « Zone de couverture » : this Mission Locale hands some of its communes (postal
 * codes) to another one, both changes at once (POST /api/structures/:id/move-postal-codes).
 */
export const MovePostalCodesPanel = () => {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const router = useRouter()
  const api = `${config.serverURL}${config.routes.api}`
  const covered = (useFormFields(([fields]) => fields.postalCodes?.value) ?? []) as string[]
  const [others, setOthers] = useState<MissionLocale[]>([])
  const [to, setTo] = useState('')
  const [chosen, setChosen] = useState<string[]>([])
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    if (!id) return
    fetch(`${api}/structures?where[type][equals]=mission-locale&where[id][not_equals]=${id}&limit=100&depth=0&sort=name`, { credentials: 'include' })
      .then((r) => r.json())
      .then((body) => setOthers(body.docs ?? []))
      .catch(() => setOthers([]))
  }, [api, id])

  if (!id || covered.length === 0) return null

  const move = async () => {
    setBusy(true)
    const response = await postJson(`${api}/structures/${id}/move-postal-codes`, { to: Number(to), postalCodes: chosen })
    const body = response.answer
    setResult({ ok: response.ok, message: response.ok ? body.message : errorMessageOf(body, 'Transfert impossible.') })
    setBusy(false)
    if (response.ok) {
      setChosen([])
      router.refresh()
    }
  }

  return (
    <section aria-label="Céder des communes" style={{ marginBottom: 24 }}>
      <h4 style={{ margin: '0 0 6px' }}>Céder des communes à une autre Mission Locale</h4>
      {covered.map((code) => (
        <label key={code} style={{ display: 'inline-block', marginRight: 12 }}>
          <input type="checkbox" checked={chosen.includes(code)} onChange={(e) => setChosen(e.target.checked ? [...chosen, code] : chosen.filter((c) => c !== code))} /> {code}
        </label>
      ))}
      <label htmlFor="coverage-to" style={{ display: 'block', fontSize: 13, marginTop: 8 }}>
        Mission Locale qui accueille ces communes
      </label>
      <select id="coverage-to" value={to} onChange={(e) => setTo(e.target.value)} style={{ width: '100%', padding: 6, margin: '4px 0 8px' }}>
        <option value="">— Choisir une Mission Locale —</option>
        {others.map((ml) => (
          <option key={ml.id} value={ml.id}>
            {ml.name}
          </option>
        ))}
      </select>
      <Button buttonStyle="secondary" size="small" disabled={!to || chosen.length === 0 || busy} onClick={move}>
        Céder les communes choisies
      </Button>
      {result && (
        <p role="status" style={{ color: result.ok ? 'var(--theme-success-600)' : 'var(--theme-error-600)' }}>
          {result.message}
        </p>
      )}
    </section>
  )
}
