'use client'
import { useConfig, useDocumentInfo } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { getDocs } from '../../../src/kernel/admin/postJson'

type Template = { id: number; name: string }

/** « Courriers » on a young person's page: pick a template, download the letter as PDF. */
export const LetterPanel = () => {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const api = `${config.serverURL}${config.routes.api}`
  const [templates, setTemplates] = useState<Template[]>([])
  const [template, setTemplate] = useState('')

  useEffect(() => {
    if (!id) return
    getDocs<Template>(`${api}/letter-templates?limit=100&depth=0&sort=name&select[name]=true`)
      .then((docs) => {
        setTemplates(docs)
        if (docs[0]) setTemplate(String(docs[0].id))
      })
      .catch(() => setTemplates([]))
  }, [api, id])

  if (!id) return null
  return (
    <div className="field-type" id="letter-panel" style={{ marginBottom: 24 }}>
      <label className="field-label" htmlFor="letter-template">
        Courriers
      </label>
      {templates.length === 0 ? (
        <p style={{ fontSize: 13 }}>Aucun modèle de courrier dans vos structures.</p>
      ) : (
        <>
          <select id="letter-template" value={template} onChange={(event) => setTemplate(event.target.value)} style={{ width: '100%', marginBottom: 8 }}>
            {templates.map((option) => (
              <option key={option.id} value={option.id}>
                {option.name}
              </option>
            ))}
          </select>
          <a className="btn btn--style-secondary btn--size-small" id="letter-download" href={`${api}/letter-templates/${template}/pdf?account=${id}`}>
            Télécharger le courrier (PDF)
          </a>
        </>
      )}
    </div>
  )
}
