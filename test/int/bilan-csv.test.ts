import v8 from 'node:v8'
import vm from 'node:vm'
import { createLocalReq } from 'payload'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest'

import { activityCsvStream, CSV_HEADER } from '../../plugins/bilan/operations/activityCsv'
import { api, login, staff } from '../helpers/api'
import { closeLocalPayload, localPayload, userByEmail } from '../helpers/payload'
import { serverURL } from '../helpers/testEnv'

const COUNT = 10_000

v8.setFlagsFromString('--expose-gc')
const gc = vm.runInNewContext('gc') as () => void

/** Inserts COUNT candidates of the DABM of Sète, each with a bilan of all ten phases, three of them completed. */
const insertBilans = async (client: pg.Client) => {
  const ids = async (sql: string, values: unknown[] = []) => (await client.query(sql, values)).rows[0]
  const { sete } = await ids(`SELECT id AS sete FROM structures WHERE name = 'Sète'`)
  const { lead } = await ids(`SELECT id AS lead FROM users WHERE email = 'lead-counsellor@tremplin.test'`)
  const enumOf = async (table: string, column: string) =>
    (await ids(`SELECT udt_name FROM information_schema.columns WHERE table_name = $1 AND column_name = $2`, [table, column])).udt_name as string
  const modality = await enumOf('bilans', 'modality')
  const status = await enumOf('bilan_steps', 'status')
  const accountStatus = await enumOf('accounts', 'status')
  await client.query('BEGIN')
  await client.query(
    `INSERT INTO accounts (email, first_name, last_name, structure_id, status, updated_at, created_at)
     SELECT 'csv-' || g || '@exemple.fr', 'Élodie', 'Lefèvre ' || g, $1, 'enabled'::${accountStatus}, now(), now() FROM generate_series(1, ${COUNT}) g`,
    [sete],
  )
  await client.query(
    `INSERT INTO bilans (title, candidate_id, counsellor_id, dabm_id, structure_id, modality, updated_at, created_at)
     SELECT 'Bilan CSV ' || a.id, a.id, $1, $2, $2, (CASE WHEN a.id % 2 = 0 THEN 'on-site' ELSE 'remote' END)::${modality}, now(), now()
     FROM accounts a WHERE a.email LIKE 'csv-%@exemple.fr'`,
    [lead, sete],
  )
  await client.query(
    `INSERT INTO bilan_steps (title, bilan_id, phase_id, "order", candidate_id, counsellor_id, structure_id, status, updated_at, created_at)
     SELECT p.title, b.id, p.id, p."order", b.candidate_id, b.counsellor_id, b.structure_id,
       (CASE WHEN p."order" <= 3 THEN 'completed' WHEN p."order" = 4 THEN 'in-progress' ELSE 'not-started' END)::${status}, now(), now()
     FROM bilans b CROSS JOIN bilan_phases p WHERE b.title LIKE 'Bilan CSV %'`,
  )
  await client.query('COMMIT')
}

describe('Bilan en ligne : CSV du tableau d’activité sur 10 000 bilans', () => {
  const client = new pg.Client({ connectionString: inject('databaseUrl') })
  let expectedRows: number

  beforeAll(async () => {
    await client.connect()
    await insertBilans(client)
    const { rows } = await client.query(
      `SELECT count(*)::int AS n FROM bilans b JOIN structures s ON s.id = b.structure_id WHERE s.name IN ('Lunel', 'Sète')`,
    )
    expectedRows = rows[0].n
    expect(expectedRows).toBeGreaterThanOrEqual(COUNT)
  }, 120_000)

  afterAll(async () => {
    await client.end()
    await closeLocalPayload()
  })

  it("L'administrateur académique télécharge le CSV complet : en-tête français, une ligne par candidat, accents intacts", async () => {
    const token = await login(staff('academic-admin'))
    const started = Date.now()
    const response = await fetch(`${serverURL}/api/bilans/activity.csv`, { headers: { authorization: `JWT ${token}` } })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-disposition')).toMatch(/attachment; filename="activite-bilans-\d{4}-\d{2}-\d{2}\.csv"/)
    const bytes = Buffer.from(await response.arrayBuffer())
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const lines = bytes.toString('utf8').slice(1).split('\r\n')
    expect(lines.pop()).toBe('')
    expect(lines[0]).toBe(CSV_HEADER.join(';'))
    expect(lines).toHaveLength(expectedRows + 1)
    const sample = lines.find((line) => line.includes(';Sète;Camille Roux;Présentiel;'))!
    expect(sample.split(';')).toHaveLength(6)
    expect(sample).toContain("Connaissance de soi 1 sur 3 : Valeurs relatives au travail, Connaissance de soi 2 sur 3 : Priorités de vie et conditions de travail")
    expect(sample).toContain("Etude de faisabilité - Validation du/des projets, Définition du plan d'action")
    expect(sample.endsWith(';Contexte de la demande, Retour historique, Connaissance de soi 1 sur 3 : Valeurs relatives au travail')).toBe(true)
    expect(lines.some((line) => line.includes(';À distance;'))).toBe(true)
    expect(Date.now() - started).toBeLessThan(30_000)
  })

  it('Le CSV est lu par un curseur : la mémoire reste plate pendant tout le téléchargement', async () => {
    const payload = await localPayload()
    const user = await userByEmail(payload, staff('academic-admin'))
    const req = await createLocalReq({ user: user as never }, payload)
    const stream = await activityCsvStream({ req, filters: {} })
    gc()
    const baseline = process.memoryUsage().heapUsed
    let peak = 0
    let bytes = 0
    let lines = 0
    for await (const chunk of stream) {
      bytes += Buffer.byteLength(chunk as string)
      lines += 1
      if (lines % 1000 === 0) {
        gc()
        peak = Math.max(peak, process.memoryUsage().heapUsed - baseline)
      }
    }
    expect(lines).toBe(expectedRows + 1)
    // The whole table weighs several megabytes; what stays in memory at any time is one batch.
    expect(bytes).toBeGreaterThan(5 * 1024 * 1024)
    expect(peak, `pic mémoire ${Math.round(peak / 1024)} Kio pour ${Math.round(bytes / 1024)} Kio de CSV`).toBeLessThan(bytes / 4)
  })

  it('Le tableau paginé donne le même total que le CSV', async () => {
    const token = await login(staff('academic-admin'))
    const page = await api('/api/bilans/activity?limit=100&page=3', { token })
    expect(page.status).toBe(200)
    expect(page.body.totalDocs).toBe(expectedRows)
    expect(page.body.rows).toHaveLength(100)
    expect((await api('/api/bilans/activity?limit=500', { token })).status).toBe(400)
    expect((await api('/api/bilans/activity?modality=ailleurs', { token })).status).toBe(400)
  })
})
