'use client'
import { useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { getDocs } from './postJson'

/**
 * The module's profile of the account whose page is open (`candidate-profiles`, `cej-profiles`),
 * only its `fields`, read with that collection's own access: whoever may not read it gets null,
 * as for an account the module does not follow. Also the admin path of the profile's page.
 */
export const useProfileOfAccount = <Profile extends { id: number }>(collection: string, fields: string[]) => {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const api = `${config.serverURL}${config.routes.api}`
  const [profile, setProfile] = useState<Profile | null>(null)
  const select = fields.map((field) => `&select[${field}]=true`).join('')

  useEffect(() => {
    if (!id) return
    getDocs<Profile>(`${api}/${collection}?where[account][equals]=${id}&limit=1&depth=0${select}`)
      .then((docs) => setProfile(docs[0] ?? null))
      .catch(() => setProfile(null))
  }, [api, collection, id, select])

  return { profile: id ? profile : null, href: profile ? `${config.routes.admin}/collections/${collection}/${profile.id}` : '' }
}
