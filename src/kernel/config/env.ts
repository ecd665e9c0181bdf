/** The secret development runs with: public (it is in this repository), so never in production (src/host/config/startupChecks.ts). */
export const DEVELOPMENT_SECRET = 'tremplin-dev-secret-change-me-in-production'

/** Configuration read from the environment, with the defaults a new machine needs. */
const num = (value: string | undefined, fallback: number) => (value && !Number.isNaN(Number(value)) ? Number(value) : fallback)

/**
 * express's `trust proxy`: unset or `false`, the connection's own address is the client's and
 * `X-Forwarded-For` is ignored; `true`, a hop count (`1`) or addresses and names (`loopback`,
 * `10.0.0.0/8`) trust the proxies that set it. Trust only the proxy in front of the app.
 */
const trustProxy = (value: string | undefined): boolean | number | string => {
  if (!value || value === 'false') return false
  if (value === 'true') return true
  return /^\d+$/.test(value) ? Number(value) : value
}

export const env = {
  isProduction: process.env.NODE_ENV === 'production',
  port: num(process.env.PORT, 3000),
  /** Every link in an e-mail is built from this, never from a request's Host header. */
  serverURL: (process.env.SERVER_URL ?? `http://localhost:${num(process.env.PORT, 3000)}`).replace(/\/$/, ''),
  payloadSecret: process.env.PAYLOAD_SECRET ?? DEVELOPMENT_SECRET,
  dbPoolSize: num(process.env.DB_POOL_SIZE, 10),
  dbAcquireTimeoutMs: num(process.env.DB_ACQUIRE_TIMEOUT_MS, 30_000),
  dbIdleInTransactionTimeoutMs: num(process.env.DB_IDLE_IN_TRANSACTION_TIMEOUT_MS, 30_000),
  smtp: {
    host: process.env.SMTP_HOST ?? '127.0.0.1',
    port: num(process.env.SMTP_PORT, 2525),
    user: process.env.SMTP_USER,
    password: process.env.SMTP_PASSWORD,
    secure: process.env.SMTP_SECURE === 'true',
  },
  /** Without SMTP_HOST outside production, a local catcher receives mail into `.data/mail`. */
  runMailCatcher: !process.env.SMTP_HOST && process.env.NODE_ENV !== 'production' && process.env.MAIL_CATCHER !== 'off',
  mailFrom: process.env.MAIL_FROM ?? 'no-reply@tremplin.local',
  demoPassword: process.env.DEMO_PASSWORD ?? 'Tremplin2026!',
  csrfOrigins: (process.env.CSRF_ORIGINS ?? '').split(',').filter(Boolean),
  rateLimit: {
    windowMs: num(process.env.RATE_LIMIT_WINDOW_MS, 15 * 60 * 1000),
    login: num(process.env.RATE_LIMIT_LOGIN, 30),
    anonymousWrites: num(process.env.RATE_LIMIT_ANONYMOUS_WRITES, 60),
  },
  trustProxy: trustProxy(process.env.TRUST_PROXY),
  /**
   * How long an idle keep-alive connection stays open. The server must outlast its clients and any
   * proxy in front (nginx and most load balancers keep 60 s): otherwise it closes a socket at the
   * moment a busy client reuses it, and that request fails with « other side closed ».
   */
  keepAliveMs: num(process.env.HTTP_KEEP_ALIVE_SECONDS, 65) * 1000,
  /** Failed logins to one e-mail from one address before that pair is locked for `lockMs`. */
  loginLockout: { maxAttempts: num(process.env.LOGIN_MAX_ATTEMPTS, 5), lockMs: 10 * 60 * 1000 },
  maxBodyBytes: num(process.env.MAX_BODY_BYTES, 1024 * 1024),
  maxUploadBytes: num(process.env.MAX_UPLOAD_BYTES, 10 * 1024 * 1024),
  restMaxLimit: num(process.env.REST_MAX_LIMIT, 100),
  /** How long a verified caller is served from memory (README, "Scaling"); 0 turns the cache off. */
  callerCacheTtlMs: num(process.env.CALLER_CACHE_TTL_MS, 15_000),
  /** How long a staff user's structure scope is kept for the next requests; 0 turns it off. */
  scopeCacheTtlMs: num(process.env.SCOPE_CACHE_TTL_MS, 5_000),
  /** `false` on app servers when `npm run worker` runs the jobs queue: they then only enqueue. */
  jobsAutoRun: process.env.JOBS_AUTORUN !== 'false',
  /** How often the in-process runner polls the queue (`JOBS_AUTORUN`, seconds field included). */
  jobsCron: process.env.JOBS_CRON ?? '*/5 * * * * *',
  /** How often `npm run worker` polls the queue and its schedules. */
  jobsPollMs: num(process.env.JOBS_POLL_MS, 1000),
  /** Object storage for uploaded files; local disk (`MEDIA_DIR`) when `S3_BUCKET` is unset. */
  s3: {
    bucket: process.env.S3_BUCKET,
    endpoint: process.env.S3_ENDPOINT,
    region: process.env.S3_REGION ?? 'us-east-1',
    accessKeyId: process.env.S3_ACCESS_KEY_ID,
    secretAccessKey: process.env.S3_SECRET_ACCESS_KEY,
    forcePathStyle: process.env.S3_FORCE_PATH_STYLE === 'true',
  },
} as const
