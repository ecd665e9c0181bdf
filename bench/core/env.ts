/** Where the bench runs: its own cluster, database and ports, apart from dev and tests. */
/** Ports may be moved (`BENCH_PORT`, `BENCH_POSTGRES_PORT`, `BENCH_SMTP_PORT`) so worktrees side by side run their benches. */
export const BENCH = {
  port: Number(process.env.BENCH_PORT ?? 3300),
  postgresPort: Number(process.env.BENCH_POSTGRES_PORT ?? 54334),
  postgresDir: '.data/postgres-bench',
  database: 'tremplin_bench',
  /** Nobody listens there: the bench sends no mail (jobs do not run). */
  smtpPort: Number(process.env.BENCH_SMTP_PORT ?? 2699),
  accounts: 100_000,
  structures: 50,
  staffStructures: 3,
  password: process.env.DEMO_PASSWORD ?? 'Tremplin2026!',
} as const

export const benchServerURL = `http://localhost:${BENCH.port}`

/** The anonymous-write limit the bench runs with: it measures the submission, not the limiter. */
export const BENCH_ANONYMOUS_WRITES_LIMIT = 100_000_000

/**
 * The environment the server reads at import time (src/kernel/config/env.ts): applied by
 * ./processEnv, the first import of ./main.ts, because the cluster starter already imports the
 * kernel's env (it used to be applied after it, so the bench ran with the production limits and
 * its Instant-T submissions met the rate limiter's 429). Bench-only: these values live in the
 * bench's process, production limits are untouched. Mirrors test/helpers/testEnv.ts.
 */
export const applyBenchEnv = () => {
  Object.assign(process.env, {
    NODE_ENV: 'test',
    PAYLOAD_DISABLE_DEPENDENCY_CHECKER: 'true',
    SERVER_URL: benchServerURL,
    PORT: String(BENCH.port),
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(BENCH.smtpPort),
    MAIL_CATCHER: 'off',
    DB_PUSH: 'true',
    JOBS_AUTORUN: 'false',
    RATE_LIMIT_ANONYMOUS_WRITES: String(BENCH_ANONYMOUS_WRITES_LIMIT),
    RATE_LIMIT_LOGIN: '100000000',
    // The Instant-T bench sends each submission from its own address (bench/instant-t.ts).
    TRUST_PROXY: 'loopback',
    LOGIN_MAX_ATTEMPTS: '1000',
    LOG_LEVEL: 'warn',
    MEDIA_DIR: '.data/media-bench',
    // The bare collection the accounts list is compared with (src/host/config/benchBaseline.ts).
    BENCH_BASELINE: 'true',
  })
  // The load run (issue #10) measures the server as deployed: the default pool, not a raised one.
  delete process.env.DB_POOL_SIZE
}
