import { unzipSync } from 'fflate'
import pg from 'pg'
import { PDFDocument } from 'pdf-lib'
import sharp from 'sharp'
import { extractText } from 'unpdf'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { lexicalParagraphs } from '../../plugins/letters/lexicalBlocks'
import { api, graphql, login, staff } from '../helpers/api'
import { serverURL } from '../helpers/testEnv'

/**
 * Seed 003, « Les éditions »: letter templates with merge fields, refused when a field does not
 * exist; one letter from a young person's page; a batch of 200 as a bulk operation with progress,
 * downloaded as a ZIP of one PDF each or as one merged PDF; another structure sees and does nothing.
 */
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const textOf = async (bytes: Uint8Array) => (await extractText(new Uint8Array(bytes), { mergePages: true })).text

const download = async (path: string, token: string) => {
  const response = await fetch(`${serverURL}${path}`, { headers: { authorization: `JWT ${token}` } })
  return { status: response.status, type: response.headers.get('content-type'), bytes: new Uint8Array(await response.arrayBuffer()) }
}

describe('Courriers : modèles et éditions en nombre (manuel i-milo, « Les éditions »)', () => {
  let db: pg.Pool
  let admin: string
  let counsellor: string
  let caen: string
  let superAdmin: string
  let rouenId: number
  let caenId: number
  let templateId: number
  let logoId: number
  let previousLogo: number | null = null
  const stamp = Date.now()
  const inserted: number[] = []
  /** Accounts written straight to the table get what every account is born with (issue 18): the follow-up by their structure. */
  const followedByTheirStructure = (ids: number[], structure: number) =>
    db.query(
      `INSERT INTO programmes (account_id, kind, status, structure_id, start_date, created_at, updated_at)
       SELECT id, 'follow-up', 'in-progress', $2, now(), now(), now() FROM unnest($1::int[]) AS id`,
      [ids, structure],
    )
  const operations: number[] = []

  const BODY = [
    '{{logo}}',
    '{{structure.nom}}, le {{date.aujourdhui}}',
    'Bonjour {{jeune.prenom}} {{jeune.nom}},',
    'Votre conseiller, {{conseiller.nomComplet}}, vous attend à la Mission Locale.',
    'Né(e) le {{jeune.dateNaissance}}.',
  ]

  beforeAll(async () => {
    db = new pg.Pool({ connectionString: inject('databaseUrl'), max: 2 })
    admin = await login(staff('admin'))
    counsellor = await login(staff('cej-counsellor'))
    caen = await login('referent-accounts-caen@tremplin.test')
    superAdmin = await login(staff('super-admin'))
    const structures = (await api('/api/structures?limit=100&depth=0&sort=id', { token: superAdmin })).body.docs as { id: number; name: string; type: string; logo?: number | null }[]
    const rouen = structures.find((s) => s.type === 'mission-locale' && s.name.includes('Rouen'))!
    rouenId = rouen.id
    previousLogo = rouen.logo ?? null
    caenId = structures.find((s) => s.type === 'mission-locale' && s.name.includes('Caen'))!.id
  })

  afterAll(async () => {
    if (templateId) await api(`/api/letter-templates/${templateId}`, { method: 'DELETE', token: admin })
    await db.query(`DELETE FROM generated_letters WHERE account_id = ANY($1::int[])`, [inserted])
    if (operations.length) await db.query('DELETE FROM bulk_operations WHERE id = ANY($1::int[])', [operations])
    if (inserted.length) await db.query('DELETE FROM cej_profiles WHERE account_id = ANY($1::int[])', [inserted])
    if (inserted.length) await db.query('DELETE FROM programmes WHERE account_id = ANY($1::int[])', [inserted])
    if (inserted.length) await db.query('DELETE FROM accounts WHERE id = ANY($1::int[])', [inserted])
    await api(`/api/structures/${rouenId}`, { method: 'PATCH', token: superAdmin, body: { logo: previousLogo } })
    if (logoId) await api(`/api/media/${logoId}`, { method: 'DELETE', token: admin })
    await db?.end()
  })

  it('Un modèle qui nomme un champ de fusion inconnu est refusé à l’enregistrement (400, en français, le champ nommé)', async () => {
    const refused = await api('/api/letter-templates', {
      method: 'POST',
      token: admin,
      body: { name: `Convocation ${stamp}`, structure: rouenId, body: lexicalParagraphs(['Bonjour {{jeune.prenom}},', 'Votre rendez-vous : {{jeune.rendezVous}}']) },
    })
    expect(refused.status).toBe(400)
    expect(refused.body.errors[0].data.errors[0].path).toBe('body')
    expect(refused.body.errors[0].data.errors[0].message).toContain('Champ de fusion inconnu : {{jeune.rendezVous}}')
    // Also when an existing template is edited.
    const created = await api('/api/letter-templates', { method: 'POST', token: admin, body: { name: `Convocation ${stamp}`, structure: rouenId, body: lexicalParagraphs(BODY) } })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    templateId = created.body.doc.id
    const edited = await api(`/api/letter-templates/${templateId}`, { method: 'PATCH', token: admin, body: { body: lexicalParagraphs(['{{conseiller.age}}']) } })
    expect(edited.status).toBe(400)
    expect(JSON.stringify(edited.body)).toContain('{{conseiller.age}}')
    // GraphQL refuses it the same way.
    const { errors } = await graphql(
      'mutation ($data: mutationLetterTemplateInput!) { createLetterTemplate(data: $data) { id } }',
      { data: { name: `GraphQL ${stamp}`, structure: rouenId, body: lexicalParagraphs(['{{jeune.inconnu}}']) } },
      admin,
    )
    expect(JSON.stringify(errors)).toContain('jeune.inconnu')
  })

  it('Seuls les administrateurs de la structure écrivent les modèles ; une autre structure ne les voit pas (REST et GraphQL)', async () => {
    const byCounsellor = await api('/api/letter-templates', { method: 'POST', token: counsellor, body: { name: `Conseiller ${stamp}`, structure: rouenId, body: lexicalParagraphs(['Bonjour']) } })
    expect(byCounsellor.status).toBe(403)
    const intoCaen = await api('/api/letter-templates', { method: 'POST', token: admin, body: { name: `Caen ${stamp}`, structure: caenId, body: lexicalParagraphs(['Bonjour']) } })
    expect(intoCaen.status).toBe(403)
    expect((await api(`/api/letter-templates/${templateId}`, { token: counsellor })).status).toBe(200)
    expect((await api(`/api/letter-templates/${templateId}`, { token: caen })).status).toBe(404)
    expect((await api(`/api/letter-templates?where[id][equals]=${templateId}`, { token: caen })).body.totalDocs).toBe(0)
    expect((await api(`/api/letter-templates/${templateId}`, { method: 'PATCH', token: caen, body: { name: 'Piraté' } })).status).toBe(403)
    expect((await api(`/api/letter-templates/${templateId}`, { method: 'DELETE', token: caen })).status).toBe(403)
    const { data } = await graphql(`{ LetterTemplates(where: { id: { equals: ${templateId} } }) { docs { id name } } }`, {}, caen)
    expect(data.LetterTemplates.docs).toEqual([])
    const updated = await graphql(`mutation { updateLetterTemplate(id: ${templateId}, data: { name: "Piraté" }) { id } }`, {}, caen)
    expect(updated.errors?.length).toBeGreaterThan(0)
    expect((await api(`/api/letter-templates/${templateId}`, { token: admin })).body.name).toBe(`Convocation ${stamp}`)
  })

  it('Depuis la fiche d’un jeune, le conseiller obtient son courrier en PDF, avec le logo de la structure et les champs fusionnés', async () => {
    const png = await sharp({ create: { width: 120, height: 40, channels: 3, background: '#1d4e89' } }).png().toBuffer()
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), `logo-${stamp}.png`)
    form.append('_payload', JSON.stringify({ alt: 'Logo de la Mission Locale' }))
    const uploaded = await fetch(`${serverURL}/api/media`, { method: 'POST', headers: { authorization: `JWT ${admin}` }, body: form })
    expect(uploaded.status).toBe(201)
    logoId = (await uploaded.json()).doc.id
    // Set by a super-administrator: the Mission Locale's own administrator may not select its parent (the region) and so cannot save its page.
    const withLogo = await api(`/api/structures/${rouenId}`, { method: 'PATCH', token: superAdmin, body: { logo: logoId } })
    expect(withLogo.status, JSON.stringify(withLogo.body)).toBe(200)

    const { rows } = await db.query(
      `INSERT INTO accounts (email, first_name, last_name, birth_date, structure_id, status, origin, autonomous, updated_at, created_at)
       VALUES ($1, 'Amandine', 'Lefèvre', '2004-03-15', $2, 'enabled', 'staff', false, now(), now()) RETURNING id`,
      [`courrier.${stamp}@exemple.fr`, rouenId],
    )
    const account = Number(rows[0].id)
    inserted.push(account)
    await followedByTheirStructure([account], rouenId)
    const letter = await download(`/api/letter-templates/${templateId}/pdf?account=${account}`, counsellor)
    expect(letter.status).toBe(200)
    expect(letter.type).toBe('application/pdf')
    const text = await textOf(letter.bytes)
    expect(text).toContain('Bonjour Amandine Lefèvre,')
    expect(text).toContain('Mission Locale de Rouen')
    expect(text).toContain('Né(e) le 15/03/2004.')
    expect(text).not.toContain('{{')
    expect(Buffer.from(letter.bytes).toString('latin1')).toContain('/Subtype /Image')

    // Another Mission Locale: neither the template nor the young person exists for them.
    expect((await download(`/api/letter-templates/${templateId}/pdf?account=${account}`, caen)).status).toBe(404)
    const missing = await api(`/api/letter-templates/${templateId}/pdf`, { token: counsellor })
    expect(missing.status).toBe(400)
    expect(missing.body.errors[0].message).toContain('account')
  })

  it('Le numéro de dossier fusionné est celui du dossier CEJ du jeune (issue #16)', async () => {
    const account = inserted[0]
    await db.query(`INSERT INTO cej_profiles (account_id, dossier_number, updated_at, created_at) VALUES ($1, $2, now(), now())`, [account, `L${stamp}`])
    const created = await api('/api/letter-templates', { method: 'POST', token: admin, body: { name: `Dossier ${stamp}`, structure: rouenId, body: lexicalParagraphs(['Dossier n° {{jeune.numeroDossier}}']) } })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const template = created.body.doc.id as number
    try {
      const letter = await download(`/api/letter-templates/${template}/pdf?account=${account}`, counsellor)
      expect(letter.status).toBe(200)
      expect(await textOf(letter.bytes)).toContain(`Dossier n° L${stamp}`)
    } finally {
      await api(`/api/letter-templates/${template}`, { method: 'DELETE', token: admin })
    }
  })

  it('Un lot de 200 courriers se termine avec sa progression ; le ZIP et le PDF unique contiennent le nom de chacun', async () => {
    const { rows } = await db.query(
      `INSERT INTO accounts (email, first_name, last_name, structure_id, status, origin, autonomous, updated_at, created_at)
       SELECT 'lot.' || $1 || '.' || n || '@exemple.fr', 'Jeune', 'Courrier' || n, $2, 'enabled', 'staff', false, now(), now() FROM generate_series(1, 200) AS n
       RETURNING id, last_name`,
      [String(stamp), rouenId],
    )
    const ids = rows.map((row) => Number(row.id))
    inserted.push(...ids)
    await followedByTheirStructure(ids, rouenId)
    const names = new Map(rows.map((row) => [Number(row.id), String(row.last_name)]))

    // Someone else's young person in the selection: 400 naming `accounts`, nothing started.
    const caenAccount = await db.query(`SELECT id FROM accounts WHERE structure_id = $1 LIMIT 1`, [caenId])
    if (caenAccount.rows[0]) {
      const mixed = await api(`/api/letter-templates/${templateId}/batch`, { method: 'POST', token: admin, body: { accounts: [ids[0], Number(caenAccount.rows[0].id)] } })
      expect(mixed.status).toBe(400)
      expect(JSON.stringify(mixed.body)).toContain('"path":"accounts"')
    }
    expect((await api(`/api/letter-templates/${templateId}/batch`, { method: 'POST', token: admin, body: { accounts: ids, format: 'docx' } })).status).toBe(400)
    expect((await api(`/api/letter-templates/${templateId}/batch`, { method: 'POST', token: caen, body: { accounts: ids } })).status).toBe(404)

    const started = await api(`/api/letter-templates/${templateId}/batch`, { method: 'POST', token: admin, body: { accounts: ids, format: 'zip' } })
    expect(started.status, JSON.stringify(started.body)).toBe(202)
    expect(started.body).toMatchObject({ kind: 'letter-batch', total: 200, done: 0, status: 'queued' })
    expect(started.body.items).toBeUndefined()
    operations.push(started.body.id)

    const seen: number[] = []
    const deadline = Date.now() + 180_000
    let operation = started.body
    while (operation.status !== 'done' && operation.status !== 'failed') {
      if (Date.now() > deadline) throw new Error(`Lot non terminé : ${JSON.stringify(operation)}`)
      await sleep(250)
      operation = (await api(`/api/bulk-operations/${started.body.id}?depth=0`, { token: admin })).body
      seen.push(operation.done)
    }
    expect(operation).toMatchObject({ status: 'done', done: 200, failed: 0, kindLabel: 'Courriers en nombre' })
    // Progress moved by chunks (50 letters each), never backwards.
    expect(seen).toEqual([...seen].sort((a, b) => a - b))
    expect(seen.some((done) => done > 0 && done < 200)).toBe(true)

    // Another Mission Locale reads neither the operation nor its letters.
    expect((await api(`/api/bulk-operations/${started.body.id}`, { token: caen })).status).toBe(404)
    expect((await download(`/api/generated-letters/batches/${started.body.id}`, caen)).status).toBe(404)
    expect((await api('/api/generated-letters?limit=1', { token: caen })).body.totalDocs).toBe(0)
    const { data } = await graphql('{ GeneratedLetters(limit: 5) { totalDocs } }', {}, caen)
    expect(data.GeneratedLetters.totalDocs).toBe(0)

    const zip = await download(`/api/generated-letters/batches/${started.body.id}`, admin)
    expect(zip.status).toBe(200)
    expect(zip.type).toBe('application/zip')
    const files = unzipSync(zip.bytes)
    expect(Object.keys(files)).toHaveLength(200)
    for (const id of ids) {
      const entry = Object.entries(files).find(([name]) => name.endsWith(`-${id}.pdf`))
      expect(entry, `courrier de ${id}`).toBeTruthy()
      expect(await textOf(entry![1])).toContain(`Bonjour Jeune ${names.get(id)},`)
    }

    const merged = await download(`/api/generated-letters/batches/${started.body.id}?format=pdf`, admin)
    expect(merged.status).toBe(200)
    expect(merged.type).toBe('application/pdf')
    expect((await PDFDocument.load(merged.bytes)).getPageCount()).toBe(200)
    const text = await textOf(merged.bytes)
    for (const name of names.values()) expect(text).toContain(`Bonjour Jeune ${name},`)
  }, 300_000)
})
