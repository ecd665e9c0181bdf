'use client'
import { useConfig, useSearchParams } from '@payloadcms/ui'
import React from 'react'

/** Above the list: downloads the results the user may see (the current search applies). */
export const ExportCsvButton = () => {
  const {
    config: {
      routes: { api },
      serverURL,
    },
  } = useConfig()
  const { searchParams } = useSearchParams()
  const search = typeof searchParams?.search === 'string' ? searchParams.search : ''
  const href = `${serverURL ?? ''}${api}/instant-t/export.csv${search ? `?search=${encodeURIComponent(search)}` : ''}`
  return (
    <div style={{ marginBottom: 12 }}>
      <a className="btn btn--style-secondary btn--size-small" href={href} download data-testid="instant-t-csv">
        Télécharger la liste (CSV)
      </a>
    </div>
  )
}
