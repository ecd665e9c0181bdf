import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import S3rver from 's3rver'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { startMailCatcher, type MailCatcher } from '../../src/host/email/mailCatcher'
import { api, DEMO_PASSWORD, staff } from '../helpers/api'
import { answersReady, startTestProcess, type TestProcess } from '../helpers/instances'
import { mailText, waitForMail } from '../helpers/mail'
import { pdf } from '../helpers/pdf'

/**
 * Two app servers and one jobs worker on one database (a fresh one on the suite's cluster),
 * files in one S3-compatible server: what a network of Missions Locales runs when one process
 * is not enough. Ports: 3213 and 3214 (app servers), 3215 (SMTP catcher), 4573 (S3).
 */
const PORTS = { app1: 3213, app2: 3214, smtp: 3215, s3: 4573 }
const APP1 = `http://localhost:${PORTS.app1}`
const APP2 = `http://localhost:${PORTS.app2}`
const BUCKET = 'tremplin-instances'
const DATABASE = 'tremplin_instances'
const ANONYMOUS_WRITES = 3

const suiteDatabaseUrl = inject('databaseUrl')
const clusterUrl = suiteDatabaseUrl.replace(/\/[^/]+$/, '/postgres')
const databaseUrl = suiteDatabaseUrl.replace(/\/[^/]+$/, `/${DATABASE}`)
const scratch = mkdtempSync(path.join(os.tmpdir(), 'tremplin-instances-'))
const s3Dir = path.join(scratch, 's3')
const mediaDir = path.join(scratch, 'media')

const adminQuery = async (sql: string) => {
  const client = new pg.Client({ connectionString: clusterUrl })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

/** What every process shares: the database, the SMTP catcher, the bucket, a low anonymous limit. */
const sharedEnv = {
  NODE_ENV: 'test',
  DATABASE_URL: databaseUrl,
  DB_POOL_SIZE: '10',
  DB_PUSH: 'false',
  SERVER_URL: APP1,
  SMTP_HOST: '127.0.0.1',
  SMTP_PORT: String(PORTS.smtp),
  MAIL_CATCHER: 'off',
  JOBS_AUTORUN: 'false',
  JOBS_POLL_MS: '300',
  CEJ_CLOCK_CRON: '* * * * * *',
  RATE_LIMIT_ANONYMOUS_WRITES: String(ANONYMOUS_WRITES),
  RATE_LIMIT_LOGIN: '1000',
  MEDIA_DIR: mediaDir,
  S3_BUCKET: BUCKET,
  S3_ENDPOINT: `http://127.0.0.1:${PORTS.s3}`,
  S3_REGION: 'us-east-1',
  S3_ACCESS_KEY_ID: 'S3RVER',
  S3_SECRET_ACCESS_KEY: 'S3RVER',
  S3_FORCE_PATH_STYLE: 'true',
  LOG_LEVEL: 'warn',
}

const appServer = (name: string, port: number, env: Record<string, string> = {}) =>
  startTestProcess({ name, script: 'test/helpers/testServer.ts', env: { ...sharedEnv, TEST_PORT: String(port), PORT: String(port), ...env }, isReady: answersReady(`http://localhost:${port}`) })

const startWorker = () => startTestProcess({ name: 'worker', script: 'src/host/worker.ts', env: sharedEnv, isReady: (output) => output.includes('ce processus exécute la file') })

let mailbox: MailCatcher
let s3: S3rver
const processes: TestProcess[] = []


const loginOn = async (baseURL: string, email: string, collection = 'users') => {
  const { status, body } = await api(`/api/${collection}/login`, { baseURL, method: 'POST', body: { email, password: DEMO_PASSWORD } })
  if (status !== 200) throw new Error(`Connexion impossible pour ${email} sur ${baseURL} : ${status}`)
  return body.token as string
}

beforeAll(async () => {
  await adminQuery(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`)
  await adminQuery(`CREATE DATABASE ${DATABASE}`)
  mailbox = await startMailCatcher({ port: PORTS.smtp })
  s3 = new S3rver({ port: PORTS.s3, address: '127.0.0.1', silent: true, directory: s3Dir, configureBuckets: [{ name: BUCKET, configs: [] }] })
  await s3.run()
  // The first instance pushes the schema and seeds; the second finds both done.
  processes.push(await appServer('app1', PORTS.app1, { DB_PUSH: 'true' }))
  processes.push(await appServer('app2', PORTS.app2))
}, 240_000)

afterAll(async () => {
  await Promise.all(processes.map((child) => child.stop()))
  await mailbox?.stop()
  await s3?.close()
  await adminQuery(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`)
  rmSync(scratch, { recursive: true, force: true })
}, 60_000)

describe('Plusieurs instances sur une base (deux serveurs, un worker, un stockage objet)', () => {
  let julia: { id: number; email: string }

  it('Une même transition envoyée aux deux instances à la fois : un seul gagnant, une seule ligne d’historique ; les serveurs ne font que mettre l’effet en file', async () => {
    const superAdmin = await loginOn(APP1, staff('super-admin'))
    const found = await api('/api/accounts?where[email][equals]=julia.bernard@exemple.fr&depth=0', { baseURL: APP1, token: superAdmin })
    julia = { id: found.body.docs[0].id, email: found.body.docs[0].email }
    expect(found.body.docs[0].status).toBe('pending')
    // One login, valid on every instance (sessions live in the database). Two logins of one user
    // at once would race on Payload's `sessions` array and drop one of them.
    const token = await loginOn(APP2, staff('referent-accounts'))
    const answers = await Promise.all(
      [APP1, APP2].map((baseURL) => api(`/api/accounts/${julia.id}/transitions`, { baseURL, method: 'POST', token, body: { event: 'ENABLE' } })),
    )
    expect(answers.map((answer) => answer.status).sort(), JSON.stringify(answers.map((answer) => answer.body))).toEqual([200, 409])
    for (const baseURL of [APP1, APP2]) {
      const { body } = await api(`/api/accounts/${julia.id}/transitions`, { baseURL, token })
      expect(body.state).toBe('enabled')
      expect(body.history.filter((row: { event: string }) => row.event === 'ENABLE')).toHaveLength(1)
    }
    // No worker yet: the app servers (JOBS_AUTORUN=false) only enqueued the e-mail.
    await new Promise((resolve) => setTimeout(resolve, 2000))
    expect(mailbox.messages.filter((message) => message.to.includes(julia.email))).toHaveLength(0)
  })

  it('Son effet (l’e-mail au jeune) est exécuté une seule fois, par le worker', async () => {
    processes.push(await startWorker())
    await waitForMail(mailbox, { to: julia.email, contains: 'Votre compte est activé', timeoutMs: 30_000 })
    // A few more polls of the worker: still one e-mail.
    await new Promise((resolve) => setTimeout(resolve, 2000))
    const activated = mailbox.messages.filter((message) => message.to.includes(julia.email) && mailText(message.raw).includes('Votre compte est activé'))
    expect(activated).toHaveLength(1)
  })

  it('Un document déposé sur une instance est rangé dans le stockage objet et servi par l’autre aux seules personnes autorisées', async () => {
    const candidate = await loginOn(APP1, 'lucas.petit@exemple.fr', 'accounts')
    const content = await pdf(`CV de Lucas, déposé sur l’instance 1 (${Date.now()})`)
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(content)], { type: 'application/pdf' }), 'cv-instances.pdf')
    form.append('_payload', JSON.stringify({ title: 'CV déposé sur l’instance 1', type: 'cv' }))
    const response = await fetch(`${APP1}/api/documents`, { method: 'POST', headers: { authorization: `JWT ${candidate}` }, body: form })
    const created = await response.json()
    expect(response.status, JSON.stringify(created)).toBe(201)
    const filename = created.doc.filename as string

    // In the bucket, under the collection's folder; nothing on the instance's disk.
    const listing = await (await fetch(`http://127.0.0.1:${PORTS.s3}/${BUCKET}?prefix=documents/`)).text()
    expect(listing).toContain(`<Key>documents/${filename}</Key>`)
    const onDisk = (() => {
      try {
        return readdirSync(path.join(scratch, 'documents'))
      } catch {
        return []
      }
    })()
    expect(onDisk).not.toContain(filename)

    const file = `/api/documents/file/${encodeURIComponent(filename)}`
    const read = async (token?: string) => fetch(`${APP2}${file}`, { headers: token ? { authorization: `JWT ${token}` } : {} })
    const byOwner = await read(await loginOn(APP2, 'lucas.petit@exemple.fr', 'accounts'))
    expect(byOwner.status).toBe(200)
    expect(Buffer.from(await byOwner.arrayBuffer()).equals(content)).toBe(true)
    expect((await read(await loginOn(APP2, staff('establishment-referent')))).status).toBe(200)
    expect([403, 404]).toContain((await read(await loginOn(APP2, 'establishment-referent-creteil@tremplin.test'))).status)
    expect([403, 404]).toContain((await read()).status)
  })

  it('Un tour de l’horloge CEJ en cours sur une instance n’est rejoué par aucune autre ; le suivant rattrape', async () => {
    const token = await loginOn(APP1, staff('referent-accounts'))
    const rouen = (await api(`/api/structures?where[name][equals]=${encodeURIComponent('Mission Locale de Rouen')}&depth=0`, { baseURL: APP1, token })).body.docs[0].id
    const soon = (seconds: number) => new Date(Date.now() + seconds * 1000).toISOString()
    const created = await api('/api/sessions', {
      baseURL: APP1,
      method: 'POST',
      token,
      body: { title: 'Atelier de l’horloge partagée', kind: 'workshop', startsAt: soon(1), endsAt: soon(2), structure: rouen, visible: true },
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const status = async () => (await api(`/api/sessions/${created.body.doc.id}`, { baseURL: APP2, token })).body.status
    // Another instance's tick under way: it holds the clock's lock on the shared database.
    const otherInstance = new pg.Client({ connectionString: databaseUrl })
    await otherInstance.connect()
    try {
      expect((await otherInstance.query(`SELECT pg_try_advisory_lock(hashtext('tremplin:cej-session-clock')) AS "isHeld"`)).rows[0].isHeld).toBe(true)
      // The session ended two seconds ago, the worker's clock ticked every second meanwhile.
      await new Promise((resolve) => setTimeout(resolve, 4000))
      expect(await status()).toBe('upcoming')
    } finally {
      await otherInstance.end()
    }
    const deadline = Date.now() + 15_000
    while ((await status()) === 'upcoming' && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 300))
    expect(await status()).toBe('to-close')
  })

  it('Un second worker attend en réserve et prend la relève quand le premier s’arrête (SIGTERM, arrêt propre)', async () => {
    const first = processes.find((child) => child.name === 'worker')!
    const second = await startTestProcess({ name: 'worker-2', script: 'src/host/worker.ts', env: sharedEnv, isReady: (output) => output.includes('attend en réserve') })
    processes.push(second)
    expect(second.output()).not.toContain('ce processus exécute la file')
    expect(await first.stop()).toBe(0)
    expect(first.output()).toContain('Worker arrêté')
    const deadline = Date.now() + 10_000
    while (!second.output().includes('ce processus exécute la file') && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200))
    expect(second.output()).toContain('ce processus exécute la file')
  })

  it('La limite des écritures anonymes est partagée : atteinte sur l’instance 1, elle vaut sur l’instance 2', async () => {
    const anonymousWrite = (baseURL: string) => api('/api/accounts', { baseURL, method: 'POST', body: {} })
    for (let i = 0; i < ANONYMOUS_WRITES; i++) expect((await anonymousWrite(APP1)).status).not.toBe(429)
    expect((await anonymousWrite(APP1)).status).toBe(429)
    expect((await anonymousWrite(APP2)).status).toBe(429)
  })
})
