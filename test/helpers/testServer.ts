/**
 * The HTTP server the integration tests call: a child process running the real express server
 * (Payload's REST and GraphQL handlers, without the Next UI) on the test database. Its
 * environment comes from globalSetup.
 */
import { startServer } from '../../src/host/server'
import { TEST_ENV } from './testEnv'

startServer({ ui: false, port: TEST_ENV.port, profile: 'test', seed: true }).then(
  (server) => {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      process.once(signal, () => {
        server.close().finally(() => process.exit(0))
      })
    }
  },
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
