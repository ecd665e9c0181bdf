import ExcelJS from 'exceljs'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import type { MailCatcher } from '../../src/host/email/mailCatcher'
import { api, graphql, login, staff } from '../helpers/api'
import { startTestMailbox, waitForMail } from '../helpers/mail'
import { serverURL } from '../helpers/testEnv'
import { PEOPLE } from './placement-helpers'

/**
 * Seed 004, « Mes candidats : ajouter et importer de nouveaux étudiants »: an establishment
 * referent uploads a CSV or Excel file; the preview gives each line's errors in French; the valid
 * lines are imported as a bulk operation with progress, each new candidate receives the e-mail to
 * choose their password; the same file again creates nothing. Another establishment sees nothing.
 */
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const yearsAgo = (years: number) => {
  const date = new Date()
  date.setFullYear(date.getFullYear() - years)
  return `${String(date.getDate()).padStart(2, '0')}/${String(date.getMonth() + 1).padStart(2, '0')}/${date.getFullYear()}`
}

const upload = async (token: string, bytes: Uint8Array | string, name: string, fields?: Record<string, unknown>) => {
  const form = new FormData()
  form.append('file', new Blob([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)]), name)
  if (fields) form.append('_payload', JSON.stringify(fields))
  const response = await fetch(`${serverURL}/api/candidate-imports/preview`, { method: 'POST', headers: { authorization: `JWT ${token}` }, body: form })
  return { status: response.status, body: await response.json() }
}

type BadKind = 'minor-without-contact' | 'duplicate-email' | 'bad-date'

/**
 * 1,000 candidates, 30 of them wrong (every 33rd line: a minor without a family contact, an
 * e-mail already on the line above, 31 February); a minor with a contact every 50th line.
 */
const thousandLines = (stamp: number) => {
  const rows = ['Nom;Prénom;Email;Date de naissance;Téléphone;Candidat autonome;Contact famille;Contact famille téléphone']
  const bad = new Map<number, BadKind>()
  const kinds: BadKind[] = ['minor-without-contact', 'duplicate-email', 'bad-date']
  let badCount = 0
  for (let n = 1; n <= 1000; n++) {
    const line = n + 1
    let email = `import.${stamp}.${n}@exemple.fr`
    let birth = yearsAgo(20)
    let contact = ';'
    if (n % 50 === 0) {
      birth = yearsAgo(16)
      contact = `Parent Import${n};0612345678`
    }
    if (n % 33 === 0) {
      const kind = kinds[badCount++ % 3]
      bad.set(line, kind)
      if (kind === 'minor-without-contact') {
        birth = yearsAgo(16)
        contact = ';'
      }
      if (kind === 'duplicate-email') email = `import.${stamp}.${n - 1}@exemple.fr`
      if (kind === 'bad-date') birth = '31/02/2005'
    }
    rows.push(`Import${n};Candidat;${email};${birth};0612345678;${n % 2 ? 'oui' : 'non'};${contact}`)
  }
  return { csv: `\ufeff${rows.join('\r\n')}\r\n`, bad }
}

describe('Import de candidats (Atouts pour tous, « importer de nouveaux étudiants »)', () => {
  let db: pg.Pool
  let mailbox: MailCatcher
  let referent: string
  let referentCreteil: string
  let establishmentId: number
  let creteilId: number
  let referentId: number
  const stamp = Date.now()
  const imports: number[] = []
  const operations: number[] = []

  const waitUntilFinished = async (id: number, token: string, timeoutMs = 600_000) => {
    const seen: number[] = []
    const deadline = Date.now() + timeoutMs
    for (;;) {
      const { body } = await api(`/api/bulk-operations/${id}?depth=0`, { token })
      seen.push(body.done)
      if (body.status === 'done' || body.status === 'failed') return { operation: body, seen }
      if (Date.now() > deadline) throw new Error(`Import ${id} non terminé : ${JSON.stringify(body)}`)
      await sleep(500)
    }
  }

  beforeAll(async () => {
    mailbox = await startTestMailbox()
    db = new pg.Pool({ connectionString: inject('databaseUrl'), max: 2 })
    referent = await login(PEOPLE.referent)
    referentCreteil = await login(PEOPLE.referentCreteil)
    const superAdmin = await login(staff('super-admin'))
    const structures = (await api('/api/structures?limit=200&depth=0&where[type][equals]=establishment', { token: superAdmin })).body.docs as { id: number; name: string }[]
    establishmentId = structures.find((s) => s.name.includes('Alfred-Costes'))!.id
    creteilId = structures.find((s) => !s.name.includes('Alfred-Costes'))!.id
    referentId = (await api('/api/users/me', { token: referent })).body.user.id
  })

  afterAll(async () => {
    // The candidates this file created (and their history), so other files find the demo data as seeded.
    const { rows } = await db.query(`SELECT id FROM accounts WHERE email LIKE $1`, [`%.${stamp}.%@exemple.fr`])
    const ids = rows.map((row) => String(row.id))
    if (ids.length) {
      await db.query(`DELETE FROM transitions WHERE collection = 'accounts' AND document = ANY($1::text[])`, [ids])
      // Their candidate files first: each one belongs to its account (issue #16, candidate-profiles).
      await db.query(`DELETE FROM candidate_profiles WHERE account_id = ANY($1::int[])`, [ids.map(Number)])
      // And their programmes (the follow-up opened with each account, issue 18).
      await db.query(`DELETE FROM programmes WHERE account_id = ANY($1::int[])`, [ids.map(Number)])
      await db.query(`DELETE FROM accounts WHERE id = ANY($1::int[])`, [ids.map(Number)])
    }
    if (imports.length) await db.query('DELETE FROM candidate_imports WHERE id = ANY($1::int[])', [imports])
    if (operations.length) await db.query('DELETE FROM bulk_operations WHERE id = ANY($1::int[])', [operations])
    await db?.end()
    await mailbox?.stop()
  })

  it('1 000 lignes dont 30 en erreur : l’aperçu signale les 30 par ligne, l’import crée les 970 autres, chacun reçoit son e-mail ; le même fichier ne crée plus rien', async () => {
    const { csv, bad } = thousandLines(stamp)
    const preview = await upload(referent, csv, 'cohorte-2026.csv')
    expect(preview.status, JSON.stringify(preview.body).slice(0, 500)).toBe(200)
    imports.push(preview.body.id)
    expect(preview.body).toMatchObject({ fileName: 'cohorte-2026.csv', lineCount: 1000, valid: 970, invalid: 30, toCreate: 970, isRepeat: false, structure: establishmentId, referent: referentId })
    const byLine = new Map<number, { field: string; message: string }[]>()
    for (const error of preview.body.errors) byLine.set(error.line, [...(byLine.get(error.line) ?? []), error])
    expect([...byLine.keys()].sort((a, b) => a - b)).toEqual([...bad.keys()].sort((a, b) => a - b))
    for (const [line, kind] of bad) {
      const errors = byLine.get(line)!
      if (kind === 'minor-without-contact') {
        expect(errors.map((e) => e.field)).toEqual(['familyContact.name', 'familyContact.phone'])
        expect(errors[0].message).toBe('Candidat mineur : le nom du contact familial est obligatoire.')
      }
      if (kind === 'duplicate-email') {
        expect(errors).toHaveLength(1)
        expect(errors[0].field).toBe('email')
        expect(errors[0].message).toContain(`figure déjà à la ligne ${line - 1}`)
      }
      if (kind === 'bad-date') {
        expect(errors).toEqual([{ line, field: 'birthDate', message: 'Date de naissance invalide : « 31/02/2005 » (format attendu : JJ/MM/AAAA).' }])
      }
    }
    // Nothing is created by the preview.
    const before = await db.query(`SELECT count(*)::int AS n FROM accounts WHERE email LIKE $1`, [`import.${stamp}.%`])
    expect(before.rows[0].n).toBe(0)

    // Another establishment reads nothing of it, and cannot start it (REST and GraphQL).
    expect((await api(`/api/candidate-imports/${preview.body.id}`, { token: referentCreteil })).status).toBe(404)
    expect((await api(`/api/candidate-imports/${preview.body.id}/preview`, { token: referentCreteil })).status).toBe(404)
    expect((await api(`/api/candidate-imports/${preview.body.id}/run`, { method: 'POST', token: referentCreteil })).status).toBe(404)
    expect((await api(`/api/candidate-imports?where[id][equals]=${preview.body.id}`, { token: referentCreteil })).body.totalDocs).toBe(0)
    const { data } = await graphql(`{ CandidateImports(where: { id: { equals: ${preview.body.id} } }) { docs { id } } }`, {}, referentCreteil)
    expect(data.CandidateImports.docs).toEqual([])
    const deleted = await graphql(`mutation { deleteCandidateImport(id: ${preview.body.id}) { id } }`, {}, referentCreteil)
    expect(deleted.errors?.length).toBeGreaterThan(0)
    expect((await api(`/api/candidate-imports/${preview.body.id}`, { method: 'DELETE', token: referentCreteil })).status).toBe(403)
    expect((await api(`/api/candidate-imports/${preview.body.id}`, { token: referent })).status).toBe(200)

    const started = await api(`/api/candidate-imports/${preview.body.id}/run`, { method: 'POST', token: referent })
    expect(started.status, JSON.stringify(started.body)).toBe(202)
    expect(started.body).toMatchObject({ kind: 'import-candidates', total: 970, status: 'queued' })
    operations.push(started.body.id)
    // Started twice while it runs: 409.
    expect((await api(`/api/candidate-imports/${preview.body.id}/run`, { method: 'POST', token: referent })).status).toBe(409)
    expect((await api(`/api/bulk-operations/${started.body.id}`, { token: referentCreteil })).status).toBe(404)

    const { operation, seen } = await waitUntilFinished(started.body.id, referent)
    expect(operation).toMatchObject({ status: 'done', total: 970, done: 970, failed: 0, kindLabel: 'Import de candidats' })
    expect(seen.some((done) => done > 0 && done < 970)).toBe(true)

    const { rows } = await db.query(
      `SELECT a.status, a.structure_id, a.origin, a.autonomous, a.family_contact_name, r.users_id AS referent
       FROM accounts a LEFT JOIN accounts_rels r ON r.parent_id = a.id AND r.path = 'referents'
       WHERE a.email LIKE $1`,
      [`import.${stamp}.%`],
    )
    expect(rows).toHaveLength(970)
    for (const row of rows) expect(row).toMatchObject({ status: 'enabled', structure_id: establishmentId, origin: 'staff', referent: referentId })
    expect(rows.filter((row) => row.family_contact_name).length).toBe(20)
    expect(rows.filter((row) => row.autonomous).length).toBeGreaterThan(400)
    // Each is followed by the establishment through its follow-up programme, opened with the account (issue 18).
    const followUps = await db.query(
      `SELECT p.structure_id, p.status::text AS status, count(*)::int AS n FROM accounts a JOIN programmes p ON p.account_id = a.id
        WHERE a.email LIKE $1 AND p.kind::text = 'follow-up' GROUP BY 1, 2`,
      [`import.${stamp}.%`],
    )
    expect(followUps.rows).toEqual([{ structure_id: establishmentId, status: 'in-progress', n: 970 }])

    // Each new candidate gets the set-password e-mail (the account's activation e-mail).
    for (const n of [1, 500, 1000]) {
      const mail = await waitForMail(mailbox, { to: `import.${stamp}.${n}@exemple.fr`, contains: 'Choisir mon mot de passe', timeoutMs: 180_000 })
      expect(mail.text).toContain('Votre compte Tremplin a été créé')
    }

    // The same file again: found again, nothing left to create, nothing created.
    const again = await upload(referent, csv, 'cohorte-2026-copie.csv')
    expect(again.status).toBe(200)
    expect(again.body).toMatchObject({ id: preview.body.id, isRepeat: true, valid: 970, invalid: 30, toCreate: 0 })
    expect(again.body.existing).toHaveLength(970)
    const rerun = await api(`/api/candidate-imports/${preview.body.id}/run`, { method: 'POST', token: referent })
    expect(rerun.status).toBe(409)
    expect(rerun.body.errors[0].message).toContain('Aucun nouveau candidat à créer')
    const after = await db.query(`SELECT count(*)::int AS n FROM accounts WHERE email LIKE $1`, [`import.${stamp}.%`])
    expect(after.rows[0].n).toBe(970)
  }, 900_000)

  it('Un classeur Excel (.xlsx) se lit aussi : dates du tableur, dates en texte, erreurs par ligne', async () => {
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('Candidats')
    sheet.addRow(['Nom', 'Prénom', 'E-mail', 'Date de naissance', 'Contact famille', 'Contact famille téléphone'])
    sheet.addRow(['Martin', 'Léa', { text: `xlsx.${stamp}.1@exemple.fr`, hyperlink: `mailto:xlsx.${stamp}.1@exemple.fr` }, new Date(Date.UTC(2002, 4, 17)), '', ''])
    sheet.addRow(['Bernard', 'Tom', `xlsx.${stamp}.2@exemple.fr`, '2005-13-01', '', ''])
    sheet.addRow(['', 'Sans nom', `pas-un-email`, '12/06/2003', '', ''])
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer())
    const preview = await upload(referent, bytes, 'candidats.xlsx', { structure: establishmentId })
    expect(preview.status, JSON.stringify(preview.body)).toBe(200)
    imports.push(preview.body.id)
    expect(preview.body).toMatchObject({ lineCount: 3, valid: 1, invalid: 2, toCreate: 1 })
    expect(preview.body.errors).toEqual([
      { line: 3, field: 'birthDate', message: 'Date de naissance invalide : « 2005-13-01 » (format attendu : JJ/MM/AAAA).' },
      { line: 4, field: 'lastName', message: 'Le nom est obligatoire.' },
      { line: 4, field: 'email', message: 'Adresse e-mail invalide : « pas-un-email ».' },
    ])
  })

  it('Refus : fichier absent ou illisible, colonne obligatoire absente, établissement d’un autre, personnes sans la rubrique', async () => {
    const noFile = await fetch(`${serverURL}/api/candidate-imports/preview`, { method: 'POST', headers: { authorization: `JWT ${referent}`, 'content-type': 'application/json' }, body: '{}' })
    expect(noFile.status).toBe(400)
    expect(JSON.stringify(await noFile.json())).toContain('"path":"file"')
    const missingColumn = await upload(referent, 'Nom;Prénom\nDurand;Emma\n', 'incomplet.csv')
    expect(missingColumn.status).toBe(400)
    expect(missingColumn.body.errors[0].data.errors[0]).toMatchObject({ path: 'file', message: 'Colonne(s) obligatoire(s) absente(s) de la ligne d’en-tête : Email, Date de naissance.' })
    const otherEstablishment = await upload(referentCreteil, 'Nom;Email;Date de naissance\nDurand;x@exemple.fr;01/01/2000\n', 'a.csv', { structure: establishmentId })
    expect(otherEstablishment.status).toBe(400)
    expect(otherEstablishment.body.errors[0].data.errors[0].path).toBe('structure')
    const unknownField = await upload(referent, 'Nom;Email;Date de naissance\n', 'a.csv', { establishment: creteilId })
    expect(unknownField.status).toBe(400)
    expect(JSON.stringify(unknownField.body)).toContain('establishment')
    for (const email of [staff('cej-counsellor'), staff('employer')]) {
      const refused = await upload(await login(email), 'Nom;Email;Date de naissance\n', 'a.csv')
      expect(refused.status, email).toBe(403)
    }
    const anonymous = await fetch(`${serverURL}/api/candidate-imports/preview`, { method: 'POST', body: new FormData() })
    expect(anonymous.status).toBe(403)
  })
})
