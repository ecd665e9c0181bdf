import React from 'react'

export const metadata = { title: 'Tremplin – Espace jeune' }

/** The young people's space: a minimal public site beside the admin. */
const SiteLayout = ({ children }: { children: React.ReactNode }) => (
  <html lang="fr">
    <body style={{ fontFamily: 'Arial, sans-serif', background: '#f4f5f7', margin: 0 }}>
      <main style={{ maxWidth: 520, margin: '48px auto', background: '#fff', padding: 32, borderRadius: 8 }}>
        <p style={{ fontWeight: 'bold', color: '#1d3557', fontSize: 20 }}>Tremplin</p>
        {children}
      </main>
    </body>
  </html>
)

export default SiteLayout
