'use client'
import { useConfig, useDocumentInfo } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

type Profile = { id: number; training?: string; diploma?: string; project?: string }

/**
 * « Dossier candidat » on a young person's page: the file kept in `candidate-profiles`, read with
 * that collection's access (nothing is shown to whoever may not read it), and a link to edit it.
 */
export const CandidateProfilePanel = () => {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const api = `${config.serverURL}${config.routes.api}`
  const [profile, setProfile] = useState<Profile | null>(null)

  useEffect(() => {
    if (!id) return
    fetch(`${api}/candidate-profiles?where[account][equals]=${id}&limit=1&depth=0&select[training]=true&select[diploma]=true&select[project]=true`, { credentials: 'include' })
      .then((response) => (response.ok ? response.json() : { docs: [] }))
      .then((body) => setProfile(body.docs?.[0] ?? null))
      .catch(() => setProfile(null))
  }, [api, id])

  if (!id || !profile) return null
  const summary = [profile.training, profile.diploma].filter(Boolean).join(' · ')
  return (
    <div className="field-type" id="candidate-profile-panel" style={{ marginBottom: 24 }}>
      <label className="field-label">Dossier candidat (confidentiel)</label>
      <p style={{ fontSize: 13 }}>{summary || 'Formation et diplôme non renseignés.'}</p>
      {profile.project ? <p style={{ fontSize: 13 }}>Projet : {profile.project}</p> : null}
      <a className="btn btn--style-secondary btn--size-small" id="candidate-profile-edit" href={`${config.routes.admin}/collections/candidate-profiles/${profile.id}`}>
        Ouvrir le dossier candidat
      </a>
    </div>
  )
}
