import path from 'node:path'
import { defineConfig } from 'vitest/config'

const alias = { '@payload-config': path.resolve(import.meta.dirname, 'payload.config.ts'), '@': path.resolve(import.meta.dirname, 'src') }

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          environment: 'node',
          include: ['workflows/**/*.spec.ts', 'test/unit/**/*.test.ts'],
        },
      },
      {
        resolve: { alias },
        test: {
          // Real PostgreSQL and the real HTTP server, started once in globalSetup; files run one at a time.
          name: 'int',
          environment: 'node',
          include: ['test/int/**/*.test.ts'],
          globalSetup: ['test/helpers/globalSetup.ts'],
          setupFiles: ['test/helpers/workerEnv.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
          pool: 'forks',
          // Workers load Payload's config (Lexical included) as the server does: see README, "Two commands".
          execArgv: ['--conditions=development'],
        },
      },
    ],
  },
})
