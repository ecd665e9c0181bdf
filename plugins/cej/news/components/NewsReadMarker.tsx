'use client'

import { useDocumentInfo } from '@payloadcms/ui'
import { useEffect } from 'react'

import { postJson } from '../../../../src/kernel/admin/postJson'

/** Opening a news item in the admin marks it read for this user (the menu badge goes down). */
export const NewsReadMarker = () => {
  const { id } = useDocumentInfo()
  useEffect(() => {
    if (id) void postJson(`/api/news/${id}/read`).catch(() => {})
  }, [id])
  return null
}
