/**
 * `npm run worker`: runs the jobs queue (lifecycle effects, notifications, the CEJ clock,
 * placement alerts, bilan e-mails) for app servers started with `JOBS_AUTORUN=false`, which then
 * only enqueue. Needs the database the app servers share (`DATABASE_URL`). Stops on SIGTERM
 * after the batch under way.
 */
export {}

const log = (msg: string, level = 'info') => console.log(JSON.stringify({ level, time: new Date().toISOString(), msg }))

if (!process.env.DATABASE_URL) {
  log("Le worker a besoin de DATABASE_URL, la base que partagent les serveurs de l'application. Sans worker, `npm start` exécute lui-même la file des tâches.", 'error')
  process.exit(1)
}
// Here jobs run only from the loop below, one batch at a time: no Payload cron, and no
// `runByID` after a transition the clock sends (its effects wait for the next batch).
process.env.JOBS_AUTORUN = 'false'

const { getPayload } = await import('payload')
const config = (await import('../../payload.config')).default
const { env } = await import('../kernel/config/env')
const { closePool } = await import('../kernel/db/closePool')
const { survivePoolErrors } = await import('../kernel/db/survivePoolErrors')
const { EFFECTS_QUEUE } = await import('../../plugins/lifecycle/types')
const { leaderLock } = await import('./worker/leaderLock')
const { runQueue } = await import('./worker/runQueue')

const { requireProductionSecret } = await import('./config/startupChecks')
requireProductionSecret({ isProduction: env.isProduction, secret: process.env.PAYLOAD_SECRET })

const payload = await getPayload({ config })
survivePoolErrors(payload)
const lock = leaderLock({ databaseUrl: process.env.DATABASE_URL, name: `jobs-worker:${EFFECTS_QUEUE}`, log })
const runner = runQueue({ payload, queue: EFFECTS_QUEUE, lock, pollMs: env.jobsPollMs })
log(`Worker démarré : file « ${EFFECTS_QUEUE} », interrogée toutes les ${env.jobsPollMs} ms`)

let isStopping = false
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    if (isStopping) return
    isStopping = true
    log('Arrêt du worker : fin du lot en cours')
    runner
      .stop()
      .then(() => lock.release())
      .then(() => payload.destroy().catch(() => {}))
      .then(() => closePool(payload))
      .then(
        () => {
          log('Worker arrêté')
          process.exit(0)
        },
        () => process.exit(1),
      )
  })
}
