'use client'
import { useConfig } from '@payloadcms/ui'
import React, { useState } from 'react'

import { errorMessageOf, postJson } from '../../../../src/kernel/admin/postJson'

/** « Partager »: pick one or several young people of the portfolio; the offer arrives in each one's conversation. */
export const ShareOfferForm = ({ source, offer, young }: { source: string; offer: number; young: { id: number; name: string }[] }) => {
  const { config } = useConfig()
  const api = `${config.serverURL ?? ''}${config.routes.api}`
  const [open, setOpen] = useState(false)
  const [chosen, setChosen] = useState<number[]>([])
  const [status, setStatus] = useState<string | null>(null)
  if (!young.length) return <span>Aucun jeune dans votre portefeuille.</span>
  if (!open) {
    return (
      <button type="button" onClick={() => setOpen(true)}>
        Partager
      </button>
    )
  }
  const share = async () => {
    const response = await postJson(`${api}/offer-shares/share`, { source, offer, accounts: chosen })
    const body = response.answer
    setStatus(response.ok ? body.message : errorMessageOf(body, 'Partage impossible.'))
    if (response.ok) setChosen([])
  }
  return (
    <fieldset style={{ border: 'none', padding: 0 }}>
      <legend>Partager avec</legend>
      {young.map((person) => (
        <label key={person.id} style={{ display: 'block' }}>
          <input type="checkbox" checked={chosen.includes(person.id)} onChange={(e) => setChosen((c) => (e.target.checked ? [...c, person.id] : c.filter((id) => id !== person.id)))} /> {person.name}
        </label>
      ))}
      <button type="button" disabled={!chosen.length} onClick={() => void share()}>
        Envoyer dans leur conversation
      </button>
      {status ? <p role="status">{status}</p> : null}
    </fieldset>
  )
}
