'use client'
import { Button, useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useCallback, useEffect, useState } from 'react'

import { LIFECYCLE_CHANGED_EVENT } from '../../lifecycle/components/events'
import { displayName } from '../../../src/kernel/lib/displayName'
import { errorMessageOf, postJson } from '../../../src/kernel/admin/postJson'

type Person = { id: number; firstName?: string | null; lastName?: string | null; email?: string }
type Line = { id: string; account: Person | number; status: string; comment?: string | null }
type Session = { id: number; status: string; structure: number | { id: number }; registrations?: Line[]; remainingPlaces?: number | null; registrationDeadline?: string | null }

const STATUS = { registered: 'Inscrit', 'youth-refusal': 'Refus jeune', 'third-party-refusal': 'Refus tiers', present: 'Présent', absent: 'Absence' } as Record<string, string>
const REASONS = [
  { value: 'mistake', label: "J'ai fait une erreur lors de l'ajout de ce bénéficiaire" },
  { value: 'third-party-refusal', label: 'Refus tiers (à mon initiative ou à celle d’un tiers)' },
  { value: 'youth-refusal', label: 'Refus jeune (à l’initiative du bénéficiaire)' },
]

const nameOf = (person: Person | number) =>
  displayName(person, { order: 'LAST-first', fallback: `Compte ${typeof person === 'number' ? person : person.id}` })
const idOf = (person: Person | number) => (typeof person === 'number' ? person : person.id)

/**
 * « Gérez les inscriptions » and « Émarger la présence des bénéficiaires » (seed 001) in the
 * session's edit view: register young people of the Mission Locale, unregister with a reason,
 * and, once the session is « À clore », tick who came and close it. The endpoints decide.
 */
export const RegistrationsPanel = () => {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const router = useRouter()
  const api = `${config.serverURL ?? ''}${config.routes.api}`
  const [session, setSession] = useState<Session | null>(null)
  const [query, setQuery] = useState('')
  const [found, setFound] = useState<Person[]>([])
  // The query the results are for: a search that found nobody says so (not an empty silence).
  const [searched, setSearched] = useState('')
  const [leaving, setLeaving] = useState<{ account: number; reason: string; comment: string } | null>(null)
  const [present, setPresent] = useState<number[]>([])
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)
  const [busy, setBusy] = useState(false)

  const load = useCallback(async () => {
    if (!id) return
    const response = await fetch(`${api}/sessions/${id}?depth=1`, { credentials: 'include' })
    if (!response.ok) return
    const doc = (await response.json()) as Session
    setSession(doc)
    // Nobody is ticked until the counsellor ticks them (seed 001: « en cochant dans la liste »),
    // except those already marked present (« ces statuts apparaîtront dans le formulaire »).
    setPresent((doc.registrations ?? []).filter((line) => line.status === 'present').map((line) => idOf(line.account)))
  }, [api, id])

  useEffect(() => {
    void load()
  }, [load])

  useEffect(() => {
    if (!session || query.trim().length < 2) {
      setSearched('')
      return setFound([])
    }
    const structure = typeof session.structure === 'object' ? session.structure.id : session.structure
    const q = encodeURIComponent(query.trim())
    fetch(
      `${api}/accounts?depth=0&limit=10&where[structure][equals]=${structure}&where[status][equals]=enabled&where[or][0][lastName][like]=${q}&where[or][1][firstName][like]=${q}`,
      { credentials: 'include' },
    )
      .then((r) => r.json())
      .then((body) => {
        setFound(body.docs ?? [])
        setSearched(query.trim())
      })
      .catch(() => setFound([]))
  }, [api, query, session])

  if (!id || !session) return null

  const post = async (path: string, body: unknown, done: string) => {
    setBusy(true)
    const response = await postJson(`${api}/sessions/${id}/${path}`, body)
    const payload = response.answer
    setBusy(false)
    setMessage({ ok: response.ok, text: response.ok ? done : errorMessageOf(payload, 'Action impossible.') })
    if (response.ok) {
      setLeaving(null)
      setQuery('')
      await load()
      router.refresh()
    }
  }

  const lines = session.registrations ?? []
  const open = session.status === 'upcoming'
  const deadlinePassed = Boolean(session.registrationDeadline && new Date(session.registrationDeadline) < new Date())

  return (
    <section aria-label="Inscriptions" style={{ margin: '8px 0 24px' }}>
      <h3 style={{ margin: '0 0 8px' }}>Inscriptions</h3>
      {open && deadlinePassed && <p role="alert">Les inscriptions ne sont plus possibles car la date limite est atteinte.</p>}
      {session.remainingPlaces !== null && session.remainingPlaces !== undefined && (
        <p style={{ color: session.remainingPlaces === 0 ? 'var(--theme-error-600)' : undefined }}>{session.remainingPlaces} place(s) restante(s)</p>
      )}
      {open && (
        <div style={{ marginBottom: 12 }}>
          <label htmlFor="registration-search" style={{ display: 'block', fontSize: 13 }}>
            Recherchez et ajoutez un bénéficiaire de la Mission Locale (nom ou prénom)
          </label>
          <input
            id="registration-search"
            value={query}
            disabled={deadlinePassed || session.remainingPlaces === 0}
            onChange={(e) => setQuery(e.target.value)}
            style={{ width: '100%', padding: 6, margin: '4px 0' }}
          />
          {searched && searched === query.trim() && found.length === 0 && (
            <p role="status">Aucun bénéficiaire activé de la Mission Locale ne correspond à « {searched} ».</p>
          )}
          {found.map((person) => (
            <div key={person.id} style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
              <span>{nameOf(person)}</span>
              <Button size="small" disabled={busy} onClick={() => post('registrations', { accounts: [person.id] }, `${nameOf(person)} est inscrit(e).`)}>
                Inscrire
              </Button>
            </div>
          ))}
        </div>
      )}
      {session.status === 'to-close' && (
        <p role="alert">
          Cet événement est passé et doit être clos : cochez les bénéficiaires présents. Seuls les bénéficiaires cochés seront marqués présents ;
          les autres seront considérés comme absents ({present.length} coché(s)).
        </p>
      )}
      <table style={{ width: '100%', borderCollapse: 'collapse' }}>
        <thead>
          <tr>
            {session.status === 'to-close' && <th style={{ textAlign: 'left' }}>Présence</th>}
            <th style={{ textAlign: 'left' }}>Bénéficiaire</th>
            <th style={{ textAlign: 'left' }}>Statut</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {lines.length === 0 && (
            <tr>
              <td colSpan={4}>Aucun bénéficiaire inscrit.</td>
            </tr>
          )}
          {lines.map((line) => {
            const account = idOf(line.account)
            return (
              <tr key={line.id}>
                {session.status === 'to-close' && (
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`Présence de ${nameOf(line.account)}`}
                      checked={present.includes(account)}
                      onChange={(e) => setPresent(e.target.checked ? [...present, account] : present.filter((p) => p !== account))}
                    />
                  </td>
                )}
                <td>{nameOf(line.account)}</td>
                <td>
                  {STATUS[line.status] ?? line.status}
                  {line.comment ? ` — « ${line.comment} »` : ''}
                </td>
                <td style={{ textAlign: 'right' }}>
                  {session.status !== 'closed' && line.status === 'registered' && (
                    <Button size="small" buttonStyle="secondary" onClick={() => setLeaving({ account, reason: '', comment: '' })}>
                      Désinscrire
                    </Button>
                  )}
                  {open && !deadlinePassed && line.status.endsWith('refusal') && (
                    <Button size="small" buttonStyle="secondary" disabled={busy} onClick={() => post('registrations', { accounts: [account] }, `${nameOf(line.account)} est réinscrit(e).`)}>
                      Réinscrire
                    </Button>
                  )}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
      {leaving && (
        <div role="dialog" aria-label="Désinscription" style={{ border: '1px solid var(--theme-elevation-150)', padding: 12, marginTop: 8 }}>
          {REASONS.map((reason) => (
            <label key={reason.value} style={{ display: 'block' }}>
              <input type="radio" name="reason" value={reason.value} checked={leaving.reason === reason.value} onChange={() => setLeaving({ ...leaving, reason: reason.value })} /> {reason.label}
            </label>
          ))}
          {leaving.reason === 'youth-refusal' && (
            <textarea
              aria-label="Motif de désinscription"
              maxLength={250}
              placeholder="Précisez le motif (250 caractères maximum)"
              value={leaving.comment}
              onChange={(e) => setLeaving({ ...leaving, comment: e.target.value })}
              style={{ width: '100%', marginTop: 6 }}
            />
          )}
          <Button
            size="small"
            disabled={!leaving.reason || busy}
            onClick={() =>
              post('unregistrations', { account: leaving.account, reason: leaving.reason, ...(leaving.comment ? { comment: leaving.comment } : {}) }, 'Désinscription enregistrée.')
            }
          >
            Confirmer
          </Button>
        </div>
      )}
      {session.status === 'to-close' && (
        <div style={{ marginTop: 12 }}>
          <p style={{ fontSize: 13 }}>Seuls les bénéficiaires cochés seront marqués présents ; les autres inscrits auront le motif « Absence ».</p>
          <Button
            disabled={busy}
            onClick={async () => {
              setBusy(true)
              const response = await postJson(`${api}/sessions/${id}/transitions`, { event: 'CLOSE', attendance: present })
              const payload = response.answer
              setBusy(false)
              setMessage({ ok: response.ok, text: response.ok ? 'Session close : présences enregistrées.' : errorMessageOf(payload, 'Action impossible.') })
              if (response.ok) {
                await load()
                window.dispatchEvent(new Event(LIFECYCLE_CHANGED_EVENT))
                router.refresh()
              }
            }}
          >
            Clore la session
          </Button>
        </div>
      )}
      {message && (
        <p role="status" style={{ color: message.ok ? 'var(--theme-success-600)' : 'var(--theme-error-600)' }}>
          {message.text}
        </p>
      )}
    </section>
  )
}
