'use client'
import { Button, Drawer, FormSubmit, SaveButton, useConfig, useEditDepth, useForm, useHotkey, useModal, useOperation, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useRef, useState } from 'react'

import { errorMessageOf, postJson } from '../../../src/kernel/admin/postJson'
import type { KnownPersonProposal } from '../known-person/proposal'

const DRAWER = 'known-person-proposal'
const IDENTITY = ['email', 'firstName', 'lastName', 'birthDate'] as const

type Identity = Partial<Record<(typeof IDENTITY)[number], string>>
/** `structure`: the « Structure de suivi » chosen in the form, where the programme opens (else the server takes the caller's first). */
type Known = { message: string; proposal: KnownPersonProposal; identity: Identity; structure?: number | string }

/**
 * « Enregistrer » on a new young person (issue 18). It saves as Payload does; when the save fails
 * because the person is already known (the creation's 409 with its proposal, asked again through
 * `POST /api/accounts/known-person`: Payload's form keeps the answer to itself), it shows what the
 * proposal reveals (nothing of the person without their consent) and offers to open a programme
 * on them at the structure chosen in the form (or the counsellor's own), then opens the account when the counsellor may now read
 * it. Editing an existing account keeps Payload's button.
 */
export const KnownPersonSaveButton = () => {
  const operation = useOperation()
  const { config } = useConfig()
  const { getData, submit, setModified } = useForm()
  const { openModal, closeModal } = useModal()
  const router = useRouter()
  const [known, setKnown] = useState<Known | null>(null)
  const [kind, setKind] = useState('')
  const [busy, setBusy] = useState(false)
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null)
  if (operation !== 'create') return <SaveButton />
  const api = `${config.serverURL}${config.routes.api}`

  const save = async () => {
    // Payload's own save first, untouched: a new person is created, a form error shows as usual.
    const saved = await submit()
    if (saved && saved.res.ok) return
    // The save failed: if it is because the person is already known (the creation's 409), the
    // same answer, asked again with the identity typed, says what the counsellor may do instead.
    const data = getData()
    const identity = Object.fromEntries(IDENTITY.flatMap((key) => (typeof data[key] === 'string' && data[key] ? [[key, data[key]]] : []))) as Identity
    if (Object.keys(identity).length === 0) return
    const { status, answer } = await postJson<{ proposal?: KnownPersonProposal }>(`${api}/accounts/known-person`, identity)
    if (status !== 409 || !answer.proposal) return
    const structure = typeof data.structure === 'number' || typeof data.structure === 'string' ? data.structure : undefined
    setKnown({ message: errorMessageOf(answer, 'Ce jeune est déjà connu de Tremplin.'), proposal: answer.proposal, identity, structure })
    setKind('')
    setResult(null)
    openModal(DRAWER)
  }

  const open = async () => {
    if (!known) return
    setBusy(true)
    const { ok, answer } = await postJson<{ account: number }>(`${api}/accounts/open-programme`, { ...known.identity, kind, structure: known.structure })
    setBusy(false)
    if (!ok) return setResult({ ok, message: errorMessageOf(answer, 'Le dispositif n’a pas pu être ouvert.') })
    const readable = await fetch(`${api}/accounts/${answer.account}?depth=0`, { credentials: 'include' }).then((response) => response.ok).catch(() => false)
    if (!readable) return setResult({ ok: true, message: 'Le dispositif est ouvert. Ce jeune apparaît parmi ceux que vous suivez.' })
    setModified(false)
    closeModal(DRAWER)
    router.push(`${config.routes.admin}/collections/accounts/${answer.account}`)
  }

  return (
    <>
      <SaveButtonLike onClick={save} />
      <Drawer slug={DRAWER} title="Ce jeune est déjà connu">
        {known && (
          <section aria-label="Jeune déjà connu" style={{ display: 'grid', gap: 12, maxWidth: 640 }}>
            <p role="alert">{known.message}</p>
            {known.proposal.shared ? (
              <p>
                {known.proposal.shared.name}, suivi(e) par : {known.proposal.shared.followedBy.join(', ') || '—'}.
              </p>
            ) : (
              <p>Sans le consentement du jeune au partage, Tremplin ne vous dit ni qui il est ni quelles structures le suivent.</p>
            )}
            <label>
              Dispositif à ouvrir{' '}
              <select value={kind} onChange={(event) => setKind(event.target.value)} style={{ padding: 6, minWidth: 240 }}>
                <option value="">—</option>
                {known.proposal.openProgramme.kinds.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            </label>
            <div>
              <Button buttonStyle="primary" size="medium" disabled={!kind || busy} onClick={open}>
                Ouvrir un dispositif pour ce jeune
              </Button>
            </div>
            {result && (
              <p role="status" style={{ color: result.ok ? 'var(--theme-success-600)' : 'var(--theme-error-600)' }}>
                {result.message}
              </p>
            )}
          </section>
        )}
      </Drawer>
    </>
  )
}

/** Payload's save button (same look, same id, same Ctrl/Cmd+S), with the question after a failed save. */
const SaveButtonLike = ({ onClick }: { onClick: () => void }) => {
  const { t } = useTranslation()
  const ref = useRef<HTMLButtonElement>(null)
  const editDepth = useEditDepth()
  useHotkey({ cmdCtrlKey: true, editDepth, keyCodes: ['s'] }, (event) => {
    event.preventDefault()
    event.stopPropagation()
    ref.current?.click()
  })
  return (
    <FormSubmit buttonId="action-save" ref={ref} size="medium" type="button" onClick={onClick}>
      {t('general:save')}
    </FormSubmit>
  )
}
