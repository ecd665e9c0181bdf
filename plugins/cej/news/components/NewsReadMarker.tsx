'use client'

import { useDocumentInfo } from '@payloadcms/ui'
import { useEffect } from 'react'

/** Opening a news item in the admin marks it read for this user (the menu badge goes down). */
export const NewsReadMarker = () => {
  const { id } = useDocumentInfo()
  useEffect(() => {
    if (id) void fetch(`/api/news/${id}/read`, { method: 'POST', credentials: 'include' }).catch(() => {})
  }, [id])
  return null
}
