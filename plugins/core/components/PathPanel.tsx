'use client'
import { useConfig, useDocumentInfo } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { ProgrammesTable, pathDay } from '../path/ProgrammesTable'
import type { YoungPersonPath } from '../path/readPath'

/**
 * « Parcours » on a young person's page (issue 18): every programme with its structure,
 * referents, dates and status, and the key events in time order. The server answers only with
 * the young person's consent; without it the panel says why.
 */
export const PathPanel = () => {
  const { config } = useConfig()
  const { id } = useDocumentInfo()
  const [path, setPath] = useState<YoungPersonPath | null>(null)
  const [refusal, setRefusal] = useState<string | null>(null)

  useEffect(() => {
    if (!id) return
    const controller = new AbortController()
    fetch(`${config.serverURL}${config.routes.api}/accounts/${id}/path`, { credentials: 'include', signal: controller.signal })
      .then(async (response) => {
        const body = await response.json().catch(() => ({}))
        if (response.ok) setPath(body as YoungPersonPath)
        else setRefusal(body.errors?.[0]?.message ?? 'Parcours indisponible.')
      })
      .catch(() => {})
    return () => controller.abort()
  }, [config.serverURL, config.routes.api, id])

  if (!id) return null
  return (
    <section aria-labelledby="parcours-title" style={{ marginBottom: 'var(--base)' }}>
      <h3 id="parcours-title">Parcours</h3>
      {refusal && <p>{refusal}</p>}
      {path && (
        <>
          <ProgrammesTable programmes={path.programmes} className="table" />
          <ol>
            {path.events.map((event, index) => (
              <li key={index}>
                {pathDay(event.at)} — {event.label}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  )
}
