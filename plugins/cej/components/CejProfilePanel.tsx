'use client'
import React from 'react'

import { useProfileOfAccount } from '../../../src/kernel/admin/useProfileOfAccount'
import { situationLabel } from '../portfolio/options'

type Profile = { id: number; dossierNumber?: string | null; situation?: string | null; cejEndDate?: string | null }

const frenchDay = (iso: string) => new Date(iso).toLocaleDateString('fr-FR', { timeZone: 'Europe/Paris' })

/**
 * « Dossier CEJ » on a young person's page: the file kept in `cej-profiles`, read with that
 * collection's access (nothing is shown to whoever may not read it, nor for a young person the
 * CEJ does not follow), and a link to edit it.
 */
export const CejProfilePanel = () => {
  const { profile, href } = useProfileOfAccount<Profile>('cej-profiles', ['dossierNumber', 'situation', 'cejEndDate'])
  if (!profile?.dossierNumber) return null
  return (
    <div className="field-type" id="cej-profile-panel" style={{ marginBottom: 24 }}>
      <label className="field-label">Dossier CEJ</label>
      <p style={{ fontSize: 13 }}>Numéro de dossier i-milo : {profile.dossierNumber}</p>
      <p style={{ fontSize: 13 }}>
        Situation : {situationLabel(profile.situation) || '—'} · Fin du CEJ : {profile.cejEndDate ? frenchDay(profile.cejEndDate) : '—'}
      </p>
      <a className="btn btn--style-secondary btn--size-small" id="cej-profile-edit" href={href}>
        Ouvrir le dossier CEJ
      </a>
    </div>
  )
}
