import { inject } from 'vitest'

import { applyTestEnv } from './testEnv'

// Test workers use the Local API on the same database, without running the jobs queue:
// the server process is the one worker of the effects queue.
applyTestEnv(inject('databaseUrl'))
process.env.JOBS_AUTORUN = 'false'
process.env.DB_PUSH = 'false'
