/** Environment of the browser tests' server; imported first, before anything reads it. */
export const E2E = {
  port: Number(process.env.E2E_PORT ?? 3400),
  smtpPort: Number(process.env.E2E_SMTP_PORT ?? 2727),
  postgresPort: Number(process.env.E2E_POSTGRES_PORT ?? 54335),
  postgresDir: process.env.E2E_POSTGRES_DIR ?? '.data/postgres-e2e',
}

Object.assign(process.env, {
  // `E2E_SCHEMA_PUSH=true`: the schema is pushed instead of migrated, for a branch whose new
  // collections are not in the committed migration yet (it is regenerated at merge).
  NODE_ENV: process.env.E2E_SCHEMA_PUSH === 'true' ? 'test' : 'production',
  SERVER_URL: `http://localhost:${E2E.port}`,
  PORT: String(E2E.port),
  SMTP_HOST: '127.0.0.1',
  SMTP_PORT: String(E2E.smtpPort),
  JOBS_CRON: '* * * * * *',
  CEJ_CLOCK_CRON: '* * * * * *',
  RATE_LIMIT_LOGIN: '100000',
  RATE_LIMIT_ANONYMOUS_WRITES: '100000',
  LOG_LEVEL: 'warn',
  MEDIA_DIR: '.data/media-e2e',
  PAYLOAD_DISABLE_DEPENDENCY_CHECKER: 'true',
  // Production refuses to start without a real secret (src/host/config/startupChecks.ts).
  PAYLOAD_SECRET: process.env.PAYLOAD_SECRET ?? 'tremplin-e2e-secret-not-for-production-0123456789',
})
