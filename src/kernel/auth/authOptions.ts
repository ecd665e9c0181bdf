import type { IncomingAuthType } from 'payload'

import { env } from '../config/env'
import { renderEmailHtml } from '../email/render'
import { accountPasswordLink, staffPasswordLink } from '../email/links'

const HOUR = 60 * 60 * 1000

/**
 * Auth settings shared by staff users and young people's accounts: no relationship loading on
 * every request (`depth: 0`), reset links valid 12 hours. Payload's own lockout is off: it locks an
 * e-mail whoever fails, so anyone could lock a known staff address; `loginLimits` locks the pair
 * e-mail + client address instead (`LOGIN_MAX_ATTEMPTS`, 10 minutes), in PostgreSQL.
 */
export const authOptions = ({ kind }: { kind: 'staff' | 'account' }): IncomingAuthType => ({
  depth: 0,
  maxLoginAttempts: 0,
  tokenExpiration: 8 * 60 * 60,
  cookies: { secure: env.isProduction && env.serverURL.startsWith('https'), sameSite: 'Lax' },
  forgotPassword: {
    expiration: 12 * HOUR,
    generateEmailSubject: () => 'Réinitialisez votre mot de passe – Tremplin',
    generateEmailHTML: (args) => {
      const token = args?.token ?? ''
      return renderEmailHtml({
        title: 'Choisissez un nouveau mot de passe',
        lines: [
          'Une demande de réinitialisation du mot de passe de votre compte Tremplin a été faite.',
          'Le lien ci-dessous est valable 12 heures. Si vous n’êtes pas à l’origine de cette demande, ignorez cet e-mail.',
        ],
        action: {
          label: 'Choisir mon mot de passe',
          url: kind === 'staff' ? staffPasswordLink(token) : accountPasswordLink(token),
        },
      })
    },
  },
})
