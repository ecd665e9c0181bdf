import { nodemailerAdapter } from '@payloadcms/email-nodemailer'

import { env } from '../../kernel/config/env'

/** SMTP from configuration; explicit transport so nodemailer never reaches for an online test service. */
export const emailAdapter = () =>
  nodemailerAdapter({
    defaultFromAddress: env.mailFrom,
    defaultFromName: 'Tremplin',
    skipVerify: true,
    transportOptions: {
      host: env.smtp.host,
      port: env.smtp.port,
      secure: env.smtp.secure,
      ignoreTLS: !env.smtp.secure && !env.smtp.user,
      auth: env.smtp.user ? { user: env.smtp.user, pass: env.smtp.password } : undefined,
      connectionTimeout: 5000,
      greetingTimeout: 5000,
      socketTimeout: 10000,
    },
  })
