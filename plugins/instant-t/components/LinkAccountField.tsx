'use client'
import { FieldLabel, useConfig, useDocumentInfo, useField, useFormFields } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { getDocs } from '../../../src/kernel/admin/postJson'

type Linkable = { id: number; name: string; postalCode: string | null }

/**
 * "Relier un Instant-T à un compte": choose among the accounts of one's Missions Locales
 * (searched through /api/instant-t/linkable-accounts, since a Référent Instant-T does not read
 * accounts), or unlink; the change is saved with the document (« Sauvegarder », the button's own word).
 */
export const LinkAccountField = ({ path }: { path: string }) => {
  const { value, setValue } = useField<number | null>({ path })
  const accountName = useFormFields(([fields]) => fields.accountName?.value as string | undefined)
  const { id } = useDocumentInfo()
  const {
    config: {
      routes: { api },
      serverURL,
    },
  } = useConfig()
  const [search, setSearch] = useState('')
  const [options, setOptions] = useState<Linkable[]>([])
  const [chosen, setChosen] = useState<string | null>(null)

  useEffect(() => {
    if (!id) return
    const timer = setTimeout(() => {
      getDocs<Linkable>(`${serverURL ?? ''}${api}/instant-t/linkable-accounts?search=${encodeURIComponent(search)}`)
        .then(setOptions)
        .catch(() => setOptions([]))
    }, 250)
    return () => clearTimeout(timer)
  }, [api, id, search, serverURL])

  const current = chosen ?? (value ? accountName ?? `Compte n° ${value}` : null)
  return (
    <div className="field-type" style={{ marginBottom: 24 }}>
      <FieldLabel label="Compte" path={path} />
      <p data-testid="instant-t-account">{current ?? 'Anonyme'}</p>
      {value ? (
        <button
          type="button"
          className="btn btn--style-secondary btn--size-small"
          onClick={() => {
            setValue(null)
            setChosen(null)
          }}
        >
          Délier ce compte
        </button>
      ) : null}
      <input
        type="search"
        placeholder="Rechercher un jeune (nom, e-mail)"
        value={search}
        onChange={(e) => setSearch(e.target.value)}
        style={{ width: '100%', padding: 6, marginTop: 8 }}
      />
      <ul style={{ listStyle: 'none', padding: 0, maxHeight: 220, overflowY: 'auto' }}>
        {options.map((account) => (
          <li key={account.id}>
            <button
              type="button"
              style={{ background: 'none', border: 0, padding: '4px 0', cursor: 'pointer', textAlign: 'left' }}
              onClick={() => {
                setValue(account.id)
                setChosen(account.name)
              }}
            >
              {account.name}
              {account.postalCode ? ` (${account.postalCode})` : ''}
            </button>
          </li>
        ))}
      </ul>
      <small>Choisissez le compte puis cliquez sur « Sauvegarder ».</small>
    </div>
  )
}
