'use client'
import { Button, useConfig } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { OperationProgress, type Operation } from '../../../src/kernel/admin/OperationProgress'
import { errorMessageOf, getDocs, postJson } from '../../../src/kernel/admin/postJson'
import { OptionSelect } from '../../../src/kernel/admin/OptionSelect'

type Option = { value: number; label: string }
type Account = { id: number; firstName?: string | null; lastName?: string | null; email?: string | null }

const cell = { padding: '6px 10px', borderBottom: '1px solid var(--theme-elevation-100)' }

/** The template, the format, the young people (search and selection), the batch's progress and its download. */
export const LettersBatchPanel = ({ templates }: { templates: Option[] }) => {
  const { config } = useConfig()
  const api = `${config.serverURL}${config.routes.api}`
  const [template, setTemplate] = useState(templates[0] ? String(templates[0].value) : '')
  const [format, setFormat] = useState<'zip' | 'pdf'>('zip')
  const [search, setSearch] = useState('')
  const [accounts, setAccounts] = useState<Account[]>([])
  const [selected, setSelected] = useState<Set<number>>(new Set())
  const [operation, setOperation] = useState<Operation | null>(null)
  const [message, setMessage] = useState('')

  useEffect(() => {
    const query = search.trim()
    const where = query ? `&where[or][0][lastName][like]=${encodeURIComponent(query)}&where[or][1][firstName][like]=${encodeURIComponent(query)}` : ''
    getDocs<Account>(`${api}/accounts?limit=50&depth=0&sort=lastName${where}`)
      .then(setAccounts)
      .catch(() => setAccounts([]))
  }, [api, search])

  useEffect(() => {
    if (!operation || operation.status === 'done' || operation.status === 'failed') return
    const timer = setInterval(async () => {
      const response = await fetch(`${api}/bulk-operations/${operation.id}?depth=0`, { credentials: 'include' })
      if (response.ok) setOperation(await response.json())
    }, 1000)
    return () => clearInterval(timer)
  }, [api, operation])

  const toggle = (id: number) =>
    setSelected((previous) => {
      const next = new Set(previous)
      if (next.has(id)) next.delete(id)
      else next.add(id)
      return next
    })

  const start = async () => {
    setMessage('')
    const response = await postJson<Operation>(`${api}/letter-templates/${template}/batch`, { accounts: [...selected], format })
    const body = response.answer
    if (response.status === 202) setOperation(body)
    else setMessage(errorMessageOf(body, 'Lancement impossible.'))
  }

  if (templates.length === 0) return <p>Aucun modèle de courrier dans vos structures : un administrateur les crée dans « Modèles de courriers ».</p>
  return (
    <div id="letters-batch">
      <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap', alignItems: 'end', marginBottom: 12 }}>
        <label>
          Modèle
          <br />
          <OptionSelect id="letters-template" value={template} onChange={setTemplate} options={templates} />
        </label>
        <fieldset style={{ border: 0, padding: 0 }}>
          <legend>Format</legend>
          <label>
            <input type="radio" name="format" checked={format === 'zip'} onChange={() => setFormat('zip')} /> Un PDF par jeune (ZIP)
          </label>{' '}
          <label>
            <input type="radio" name="format" checked={format === 'pdf'} onChange={() => setFormat('pdf')} /> Un seul PDF
          </label>
        </fieldset>
        <label>
          Rechercher un jeune
          <br />
          <input id="letters-search" type="search" value={search} onChange={(event) => setSearch(event.target.value)} placeholder="Nom ou prénom" />
        </label>
      </div>
      <table style={{ width: '100%', borderCollapse: 'collapse' }}>
        <thead>
          <tr style={{ textAlign: 'left' }}>
            <th style={cell}>
              <input
                type="checkbox"
                aria-label="Tout sélectionner"
                checked={accounts.length > 0 && accounts.every((account) => selected.has(account.id))}
                onChange={(event) => setSelected(new Set(event.target.checked ? [...selected, ...accounts.map((account) => account.id)] : []))}
              />
            </th>
            <th style={cell}>Nom</th>
            <th style={cell}>Prénom</th>
            <th style={cell}>E-mail</th>
          </tr>
        </thead>
        <tbody>
          {accounts.map((account) => (
            <tr key={account.id}>
              <td style={cell}>
                <input type="checkbox" aria-label={`Sélectionner ${account.firstName ?? ''} ${account.lastName ?? ''}`} checked={selected.has(account.id)} onChange={() => toggle(account.id)} />
              </td>
              <td style={cell}>{account.lastName}</td>
              <td style={cell}>{account.firstName}</td>
              <td style={cell}>{account.email}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>{selected.size} jeune(s) sélectionné(s)</p>
      <Button onClick={start} disabled={selected.size === 0 || !template}>
        Produire les courriers
      </Button>
      {message && (
        <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {message}
        </p>
      )}
      {operation && (
        <>
          <OperationProgress operation={operation} />
          {operation.status === 'done' && (
            <a className="btn btn--style-primary" id="letters-download" href={`${api}/generated-letters/batches/${operation.id}`}>
              Télécharger les courriers
            </a>
          )}
        </>
      )}
    </div>
  )
}
