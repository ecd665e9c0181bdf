import React from 'react'

import { currentAccount } from './lib/session'
import { SITE_STYLES } from './siteStyles'

export const metadata = { title: { default: 'Tremplin – Espace jeune', template: '%s – Tremplin' } }

/** The young people's site: server-rendered pages on the public API, beside the admin. */
const SiteLayout = async ({ children }: { children: React.ReactNode }) => {
  const account = await currentAccount()
  return (
    <html lang="fr">
      <head>
        <style dangerouslySetInnerHTML={{ __html: SITE_STYLES }} />
      </head>
      <body>
        <a className="skip" href="#contenu">
          Aller au contenu
        </a>
        <header className="site-header">
          <a className="brand" href="/">
            Tremplin
          </a>
          <nav aria-label="Menu principal">
            <ul>
              <li>
                <a href="/instant-t">Questionnaire Instant-T</a>
              </li>
              {account ? (
                <>
                  <li>
                    <a href="/espace-jeune">Mon espace</a>
                  </li>
                  <li>
                    <a href="/espace-jeune/parcours">Mon parcours</a>
                  </li>
                  <li>
                    <a href="/espace-jeune/offres">Offres</a>
                  </li>
                  <li>
                    <a href="/espace-jeune/candidatures">Mes candidatures</a>
                  </li>
                  <li>
                    <a href="/espace-jeune/parrainages">Parrainages</a>
                  </li>
                  <li>
                    <a href="/espace-jeune/bilan">Mon bilan</a>
                  </li>
                  <li>
                    <a href="/espace-jeune/agenda">Mon agenda</a>
                  </li>
                  <li>
                    <a href="/espace-jeune/actions">Mes actions</a>
                  </li>
                  <li>
                    <a href="/espace-jeune/messages">Messages</a>
                  </li>
                  <li>
                    <a href="/espace-jeune/actualites">Actualités</a>
                  </li>
                </>
              ) : (
                <>
                  <li>
                    <a href="/inscription">Pré-inscription</a>
                  </li>
                  <li>
                    <a href="/connexion">Connexion</a>
                  </li>
                </>
              )}
            </ul>
          </nav>
        </header>
        <main id="contenu">{children}</main>
      </body>
    </html>
  )
}

export default SiteLayout
