'use client'
import React from 'react'

import { useProfileOfAccount } from '../../../src/kernel/admin/useProfileOfAccount'

type Profile = { id: number; training?: string; diploma?: string; project?: string }

/**
 * « Dossier candidat » on a young person's page: the file kept in `candidate-profiles`, read with
 * that collection's access (nothing is shown to whoever may not read it), and a link to edit it.
 */
export const CandidateProfilePanel = () => {
  const { profile, href } = useProfileOfAccount<Profile>('candidate-profiles', ['training', 'diploma', 'project'])
  if (!profile) return null
  const summary = [profile.training, profile.diploma].filter(Boolean).join(' · ')
  return (
    <div className="field-type" id="candidate-profile-panel" style={{ marginBottom: 24 }}>
      <label className="field-label">Dossier candidat (confidentiel)</label>
      <p style={{ fontSize: 13 }}>{summary || 'Formation et diplôme non renseignés.'}</p>
      {profile.project ? <p style={{ fontSize: 13 }}>Projet : {profile.project}</p> : null}
      <a className="btn btn--style-secondary btn--size-small" id="candidate-profile-edit" href={href}>
        Ouvrir le dossier candidat
      </a>
    </div>
  )
}
