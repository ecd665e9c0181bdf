/**
 * Ports and folders of the test run. Every value can be overridden so that several checkouts
 * (or developers) run their suites side by side on one machine.
 */
export const TEST_ENV = {
  port: Number(process.env.TEST_PORT ?? 3100),
  postgresPort: Number(process.env.TEST_POSTGRES_PORT ?? 54333),
  postgresDir: process.env.TEST_POSTGRES_DIR ?? '.data/postgres-test',
  smtpPort: Number(process.env.TEST_SMTP_PORT ?? 2626),
  database: process.env.TEST_DATABASE ?? 'tremplin_test',
}

export const serverURL = `http://localhost:${TEST_ENV.port}`

/** Environment shared by the server (globalSetup) and the test workers (Local API). */
export const applyTestEnv = (databaseUrl?: string) => {
  Object.assign(process.env, {
    NODE_ENV: process.env.NODE_ENV === 'production' ? 'production' : 'test',
    PAYLOAD_DISABLE_DEPENDENCY_CHECKER: 'true',
    SERVER_URL: serverURL,
    PORT: String(TEST_ENV.port),
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(TEST_ENV.smtpPort),
    MAIL_CATCHER: 'off',
    DB_PUSH: process.env.DB_PUSH ?? 'true',
    DB_POOL_SIZE: '20',
    JOBS_CRON: '* * * * * *',
    CEJ_CLOCK_CRON: '* * * * * *',
    CEJ_MESSAGE_DIGEST_SECONDS: '8',
    RATE_LIMIT_ANONYMOUS_WRITES: '1000000',
    RATE_LIMIT_LOGIN: '100000',
    LOGIN_MAX_ATTEMPTS: '5',
    LOG_LEVEL: 'warn',
    MEDIA_DIR: '.data/media-test',
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
  })
}
