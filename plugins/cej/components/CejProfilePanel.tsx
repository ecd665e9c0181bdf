'use client'
import { useConfig, useDocumentInfo } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { situationLabel } from '../portfolio/options'

type Profile = { id: number; dossierNumber?: string | null; situation?: string | null; cejEndDate?: string | null }

const frenchDay = (iso: string) => new Date(iso).toLocaleDateString('fr-FR', { timeZone: 'Europe/Paris' })

/**
 * « Dossier CEJ » on a young person's page: the file kept in `cej-profiles`, read with that
 * collection's access (nothing is shown to whoever may not read it, nor for a young person the
 * CEJ does not follow), and a link to edit it.
 */
export const CejProfilePanel = () => {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const api = `${config.serverURL}${config.routes.api}`
  const [profile, setProfile] = useState<Profile | null>(null)

  useEffect(() => {
    if (!id) return
    fetch(`${api}/cej-profiles?where[account][equals]=${id}&limit=1&depth=0&select[dossierNumber]=true&select[situation]=true&select[cejEndDate]=true`, { credentials: 'include' })
      .then((response) => (response.ok ? response.json() : { docs: [] }))
      .then((body) => setProfile(body.docs?.[0] ?? null))
      .catch(() => setProfile(null))
  }, [api, id])

  if (!id || !profile?.dossierNumber) return null
  return (
    <div className="field-type" id="cej-profile-panel" style={{ marginBottom: 24 }}>
      <label className="field-label">Dossier CEJ</label>
      <p style={{ fontSize: 13 }}>Numéro de dossier i-milo : {profile.dossierNumber}</p>
      <p style={{ fontSize: 13 }}>
        Situation : {situationLabel(profile.situation) || '—'} · Fin du CEJ : {profile.cejEndDate ? frenchDay(profile.cejEndDate) : '—'}
      </p>
      <a className="btn btn--style-secondary btn--size-small" id="cej-profile-edit" href={`${config.routes.admin}/collections/cej-profiles/${profile.id}`}>
        Ouvrir le dossier CEJ
      </a>
    </div>
  )
}
