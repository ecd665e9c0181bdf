/**
 * The HTTP server the integration tests call: a child process running the real express server
 * (Payload's REST and GraphQL handlers, without the Next UI) on the test database.
 */
import { startServer } from '../../src/server'
import { TEST_ENV } from './testEnv'

const server = await startServer({ ui: false, port: TEST_ENV.port, profile: 'test', seed: true })
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    server.close().finally(() => process.exit(0))
  })
}
