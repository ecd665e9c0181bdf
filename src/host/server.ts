import express from 'express'
import type { Server } from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import next from 'next'
import { getPayload } from 'payload'

import config from '../../payload.config'

import { env } from '../kernel/config/env'
import { ConfigurationError, requireProductionSecret } from './config/startupChecks'
import { stopCaches } from '../kernel/cache/cachePlugin'
import { closePool } from '../kernel/db/closePool'
import { poolOfPayload } from '../kernel/db/sharedCounters'
import { survivePoolErrors } from '../kernel/db/survivePoolErrors'
import { resolveDatabase, type DatabaseProfile } from './db/resolveDatabase'
import { startMailCatcher, type MailCatcher } from './email/mailCatcher'
import { payloadApiRoutes } from './server/apiRoutes'
import { forwardClientIp } from './server/clientIp'
import { bodySizeLimit, capRestListQuery, rateLimits } from './server/limits'
import { requestLog } from './server/requestLog'
import { responseHeaders } from './server/responseHeaders'
import { securityHeaders } from './server/security'
import { seedIfEmpty } from './seed'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

export type RunningServer = { url: string; close: () => Promise<void> }

/**
 * Express hosts Next (admin, REST, GraphQL) and carries the process-level concerns: health
 * checks, security headers, request logs, limits and graceful shutdown.
 */
export const startServer = async ({
  dev = !env.isProduction,
  port = env.port,
  profile = (env.isProduction ? 'production' : 'development') as DatabaseProfile,
  seed = true,
  ui = true,
}: {
  dev?: boolean
  port?: number
  profile?: DatabaseProfile
  seed?: boolean
  /** `false`: the REST and GraphQL API only, without Next (integration tests, API workers). */
  ui?: boolean
} = {}): Promise<RunningServer> => {
  const log = (msg: string) => console.log(JSON.stringify({ level: 'info', time: new Date().toISOString(), msg }))
  requireProductionSecret({ isProduction: env.isProduction, secret: process.env.PAYLOAD_SECRET })
  const database = await resolveDatabase({ profile, log })
  let mailCatcher: MailCatcher | null = null
  if (env.runMailCatcher) {
    mailCatcher = await startMailCatcher({ port: env.smtp.port, dir: path.join(root, '.data/mail') })
    log(`E-mails reçus par le serveur SMTP local (port ${env.smtp.port}) : ${path.join(root, '.data/mail')}`)
  }
  const payload = await getPayload({ config })
  survivePoolErrors(payload)
  if (seed) await seedIfEmpty({ payload })

  const nextApp = ui ? next({ dev, dir: root, port }) : null
  await nextApp?.prepare()
  const handle = nextApp?.getRequestHandler()
  // Lean /api/* path (issue #16), with or without the admin: Payload's own REST and GraphQL handlers
  // straight from express, after the same headers, limits and logs, instead of through Next's
  // server (a second request adaptation). Next keeps the admin, the site and the GraphQL playground.
  const api = payloadApiRoutes()

  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', env.trustProxy)
  let shuttingDown = false
  app.get('/healthz', (_req, res) => {
    res.status(shuttingDown ? 503 : 200).json({ status: shuttingDown ? 'arrêt en cours' : 'ok' })
  })
  app.get('/readyz', async (_req, res) => {
    try {
      await poolOfPayload(payload).query('SELECT 1')
      res.status(shuttingDown ? 503 : 200).json({ status: shuttingDown ? 'arrêt en cours' : 'prêt', database: 'ok' })
    } catch {
      res.status(503).json({ status: 'indisponible', database: 'injoignable' })
    }
  })
  app.use(requestLog())
  app.use(responseHeaders())
  app.use(securityHeaders({ isProduction: !dev }))
  app.use(bodySizeLimit())
  app.use(capRestListQuery())
  app.use(forwardClientIp())
  app.use(rateLimits({ pool: poolOfPayload(payload), secret: payload.secret }))
  app.use(api)
  app.use((req, res) => (handle ? handle(req, res) : res.status(404).json({ errors: [{ message: 'Page introuvable.' }] })))

  // Express 5 hands a listen error (port taken) to the callback: fail the start, loudly.
  const server: Server = await new Promise((resolve, reject) => {
    const s = app.listen(port, (error?: Error) => (error ? reject(new Error(`Port ${port} indisponible : ${error.message}`)) : resolve(s)))
  })
  server.keepAliveTimeout = env.keepAliveMs
  // Node requires the headers timeout above the keep-alive one, or it cuts a reused socket first.
  server.headersTimeout = env.keepAliveMs + 1000
  const url = `http://localhost:${port}`
  log(`Tremplin écoute sur ${url} (admin : ${env.serverURL}/admin)`)

  const close = async () => {
    if (shuttingDown) return
    shuttingDown = true
    log('Arrêt : plus de nouvelles connexions, fin des requêtes en cours')
    await new Promise<void>((resolve) => {
      server.close(() => resolve())
      server.closeIdleConnections?.()
      setTimeout(() => server.closeAllConnections?.(), 10_000).unref()
    })
    await nextApp?.close?.()
    await stopCaches()
    await payload.destroy().catch(() => {})
    await closePool(payload)
    await mailCatcher?.stop()
    await database.embedded?.stop()
    log('Arrêt terminé')
  }
  return { url, close }
}

const isEntryPoint = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)
if (isEntryPoint) {
  startServer().then(
    (running) => {
      for (const signal of ['SIGTERM', 'SIGINT'] as const) {
        process.once(signal, () => {
          running.close().then(
            () => process.exit(0),
            () => process.exit(1),
          )
        })
      }
    },
    (error: unknown) => {
      // A setting to fix is said in one sentence; anything else keeps its stack.
      console.error(error instanceof ConfigurationError ? `Tremplin ne démarre pas. ${error.message}` : error)
      process.exit(1)
    },
  )
}
