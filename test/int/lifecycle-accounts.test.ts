import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { MailCatcher } from '../../src/host/email/mailCatcher'
import { api, graphql, login, staff } from '../helpers/api'
import { startTestMailbox, waitForMail } from '../helpers/mail'
import { closeLocalPayload, localPayload } from '../helpers/payload'
import { serverURL } from '../helpers/testEnv'

let mailbox: MailCatcher
let seq = 0

/** A fresh pre-registration (anonymous), followed by the Mission Locale covering its postal code. */
const preRegister = async (postalCode = '76100', extra: Record<string, unknown> = {}) => {
  seq += 1
  const email = `jeune.${Date.now()}.${seq}@exemple.fr`
  const { status, body } = await api('/api/accounts', {
    method: 'POST',
    body: { email, password: 'MotDePasse-2026!', firstName: 'Camille', lastName: `Test${seq}`, postalCode, birthDate: '2004-05-06', ...extra },
  })
  expect(status, JSON.stringify(body)).toBe(201)
  return { id: body.doc.id as number, email, doc: body.doc }
}

const structureId = async (name: string) => {
  const token = await login(staff('super-admin'))
  const { body } = await api(`/api/structures?where[name][equals]=${encodeURIComponent(name)}&depth=0`, { token })
  return body.docs[0].id as number
}

const history = async (collection: string, id: number, token: string) => (await api(`/api/${collection}/${id}/transitions`, { token })).body

/** The jobs of the « compte activé » e-mail of account `id` (the lifecycle effect `notifyAccountEnabled`). */
const enabledMailJobs = async (id: number) =>
  (
    await (await localPayload()).find({
      collection: 'payload-jobs',
      where: { and: [{ 'input.document': { equals: String(id) } }, { 'input.effect': { equals: 'notifyAccountEnabled' } }] },
      overrideAccess: true,
    })
  ).docs

beforeAll(async () => {
  mailbox = await startTestMailbox()
})
afterAll(async () => {
  await mailbox?.stop()
  await closeLocalPayload()
})

describe('Cycle de vie d’un compte (manuel Instant-T, pré-inscriptions)', () => {
  it('Une pré-inscription démarre « en attente », rattachée à la Mission Locale de son code postal, et ne peut pas se connecter', async () => {
    const rouen = await structureId('Mission Locale de Rouen')
    const { doc, email } = await preRegister('76100', { status: 'enabled', autonomous: true, structure: await structureId('Mission Locale de Caen') })
    expect(doc.status).toBe('pending')
    const superToken = await login(staff('super-admin'))
    const stored = (await api(`/api/accounts/${doc.id}?depth=0`, { token: superToken })).body
    expect(stored.structure).toBe(rouen)
    expect(stored.autonomous).toBe(false)
    const attempt = await api('/api/accounts/login', { method: 'POST', body: { email, password: 'MotDePasse-2026!' } })
    expect(attempt.status).toBe(403)
    expect(attempt.body.errors[0].message).toContain('en attente de validation')
    await waitForMail(mailbox, { to: email, contains: 'pré-inscription est enregistrée' })
    await waitForMail(mailbox, { to: staff('referent-accounts'), contains: 'Nouvelle pré-inscription' })
  })

  it('Un référent comptes active un compte en attente ; le jeune peut alors se connecter', async () => {
    const { id, email } = await preRegister()
    const token = await login(staff('referent-accounts'))
    const before = await history('accounts', id, token)
    expect(before.state).toBe('pending')
    expect(before.allowed.sort()).toEqual(['ARCHIVE', 'ENABLE', 'TRANSFER'])
    const { status, body } = await api(`/api/accounts/${id}/transitions`, { method: 'POST', token, body: { event: 'ENABLE' } })
    expect(status).toBe(200)
    expect(body.status).toBe('enabled')
    const after = await history('accounts', id, token)
    expect(after.state).toBe('enabled')
    expect(after.allowed).toEqual(['DISABLE', 'ARCHIVE'])
    expect(after.history).toHaveLength(1)
    expect(after.history[0]).toMatchObject({ event: 'ENABLE', from: 'pending', to: 'enabled', actor: { name: 'Karim Benali' } })
    const loginResult = await api('/api/accounts/login', { method: 'POST', body: { email, password: 'MotDePasse-2026!' } })
    expect(loginResult.status).toBe(200)
    await waitForMail(mailbox, { to: email, contains: 'Votre compte est activé' })
  })

  it("Un référent d'une autre Mission Locale ne peut pas valider le compte (403) et rien ne change", async () => {
    const { id } = await preRegister()
    const caen = await login(staff('referent-accounts-caen'))
    const { status, body } = await api(`/api/accounts/${id}/transitions`, { method: 'POST', token: caen, body: { event: 'ENABLE' } })
    expect(status).toBe(403)
    expect(body.errors[0].message).toMatch(/accès|droit/)
    expect(body.errors[0].code).toBe('FORBIDDEN')
    const rouen = await login(staff('referent-accounts'))
    const after = await history('accounts', id, rouen)
    expect(after.state).toBe('pending')
    expect(after.history).toHaveLength(0)
  })

  it('Un rôle sans la rubrique Comptes ne peut ni lire ni valider un compte', async () => {
    const { id } = await preRegister()
    const token = await login(staff('referent-instant-t'))
    expect([403, 404]).toContain((await api(`/api/accounts/${id}`, { token })).status)
    expect((await api(`/api/accounts/${id}/transitions`, { method: 'POST', token, body: { event: 'ENABLE' } })).status).toBe(403)
  })

  it('Un transfert avec message déplace le compte et sa visibilité ; le référent destinataire est prévenu puis active le compte', async () => {
    const { id } = await preRegister()
    const caenId = await structureId('Mission Locale de Caen')
    const rouen = await login(staff('referent-accounts'))
    const caen = await login(staff('referent-accounts-caen'))
    // Payload answers 404 for a record outside the caller's read access: it does not reveal it exists.
    expect([403, 404]).toContain((await api(`/api/accounts/${id}`, { token: caen })).status)

    const transfer = await api(`/api/accounts/${id}/transitions`, {
      method: 'POST',
      token: rouen,
      body: { event: 'TRANSFER', structure: caenId, message: 'Le jeune a déménagé à Caen.' },
    })
    expect(transfer.status).toBe(200)
    expect(transfer.body).toMatchObject({ status: 'transferred', structure: caenId })

    expect([403, 404]).toContain((await api(`/api/accounts/${id}`, { token: rouen })).status)
    const seen = await api(`/api/accounts/${id}?depth=0`, { token: caen })
    expect(seen.status).toBe(200)
    expect(seen.body.transferMessage).toBe('Le jeune a déménagé à Caen.')
    const listed = await api(`/api/accounts?where[status][equals]=transferred&limit=100`, { token: caen })
    expect(listed.body.docs.map((d: { id: number }) => d.id)).toContain(id)

    const mail = await waitForMail(mailbox, { to: staff('referent-accounts-caen'), contains: 'Le jeune a déménagé à Caen.' })
    expect(mail.text).toContain(`${serverURL}/admin/collections/accounts/${id}`)
    const notifications = await api('/api/notifications?limit=50&sort=-createdAt', { token: caen })
    expect(notifications.body.docs.some((n: { title: string }) => n.title.includes('transféré'))).toBe(true)

    const enable = await api(`/api/accounts/${id}/transitions`, { method: 'POST', token: caen, body: { event: 'ENABLE' } })
    expect(enable.status).toBe(200)
    const { history: rows } = await history('accounts', id, caen)
    expect(rows.map((r: { event: string; from: string; to: string }) => `${r.from}-${r.event}->${r.to}`)).toEqual([
      'pending-TRANSFER->transferred',
      'transferred-ENABLE->enabled',
    ])
    expect(rows[0].comment).toBe('Le jeune a déménagé à Caen.')
  })

  it('Un transfert sans Mission Locale ou vers une structure qui n’en est pas une est refusé (400) sans rien écrire', async () => {
    const { id } = await preRegister()
    const rouen = await login(staff('referent-accounts'))
    const missing = await api(`/api/accounts/${id}/transitions`, { method: 'POST', token: rouen, body: { event: 'TRANSFER' } })
    expect(missing.status).toBe(400)
    expect(JSON.stringify(missing.body)).toContain('structure')
    const region = await structureId('Région Normandie')
    const wrong = await api(`/api/accounts/${id}/transitions`, { method: 'POST', token: rouen, body: { event: 'TRANSFER', structure: region } })
    expect(wrong.status).toBe(400)
    expect(JSON.stringify(wrong.body)).toContain('Mission Locale')
    const after = await history('accounts', id, rouen)
    expect(after.state).toBe('pending')
    expect(after.history).toHaveLength(0)
  })

  it('Un événement que le statut n’accepte pas est refusé (409), un événement inconnu aussi (400)', async () => {
    const { id } = await preRegister()
    const token = await login(staff('referent-accounts'))
    expect((await api(`/api/accounts/${id}/transitions`, { method: 'POST', token, body: { event: 'DISABLE' } })).status).toBe(409)
    await api(`/api/accounts/${id}/transitions`, { method: 'POST', token, body: { event: 'ENABLE' } })
    const again = await api(`/api/accounts/${id}/transitions`, { method: 'POST', token, body: { event: 'ENABLE' } })
    expect(again.status).toBe(409)
    expect(again.body.errors[0].message).toContain('Activé')
    expect(again.body.errors[0].code).toBe('CONFLICT')
    expect((await api(`/api/accounts/${id}/transitions`, { method: 'POST', token, body: { event: 'ACCEPT' } })).status).toBe(400)
    expect((await api(`/api/accounts/${id}/transitions`, { method: 'POST', token, body: '{"event":' })).status).toBe(400)
  })

  it('Une donnée que l’événement n’attend pas est refusée (400 qui la nomme), rien n’est écrit', async () => {
    const { id } = await preRegister()
    const token = await login(staff('referent-accounts'))
    const enable = await api(`/api/accounts/${id}/transitions`, { method: 'POST', token, body: { event: 'ENABLE', structure: 1 } })
    expect(enable.status).toBe(400)
    expect(JSON.stringify(enable.body)).toContain('"path":"structure"')
    const caen = await structureId('Mission Locale de Caen')
    const transfer = await api(`/api/accounts/${id}/transitions`, { method: 'POST', token, body: { event: 'TRANSFER', structure: caen, motif: 'déménagement' } })
    expect(transfer.status).toBe(400)
    expect(transfer.body.errors[0].data.errors[0]).toMatchObject({ path: 'motif', message: expect.stringContaining('Elle attend : « Mission Locale de destination »') })
    const after = await history('accounts', id, token)
    expect(after.state).toBe('pending')
    expect(after.history).toHaveLength(0)
  })

  it('Un statut envoyé par PATCH, par GraphQL ou à la création n’est jamais appliqué', async () => {
    const { id } = await preRegister()
    const token = await login(staff('referent-accounts'))
    const patch = await api(`/api/accounts/${id}`, { method: 'PATCH', token, body: { status: 'enabled', city: 'Rouen' } })
    expect(patch.status).toBe(200)
    expect(patch.body.doc.status).toBe('pending')
    expect(patch.body.doc.city).toBe('Rouen')
    const gql = await graphql(`mutation ($id: Int!) { updateAccount(id: $id, data: { status: enabled }) { status } }`, { id }, token)
    const stored = await api(`/api/accounts/${id}?depth=0`, { token })
    expect(stored.body.status).toBe('pending')
    expect(gql.data?.updateAccount?.status ?? 'pending').toBe('pending')
    const payload = await localPayload()
    await payload.update({ collection: 'accounts', id, data: { status: 'disabled' } as never, overrideAccess: true })
    expect((await api(`/api/accounts/${id}?depth=0`, { token })).body.status).toBe('pending')
  })

  it("L'historique est exact et ne peut être ni modifié ni supprimé, ni par REST ni par GraphQL", async () => {
    const { id } = await preRegister()
    const token = await login(staff('referent-accounts'))
    const superToken = await login(staff('super-admin'))
    await api(`/api/accounts/${id}/transitions`, { method: 'POST', token, body: { event: 'ENABLE' } })
    const [row] = (await history('accounts', id, token)).history
    expect(row).toMatchObject({ event: 'ENABLE', from: 'pending', to: 'enabled' })
    for (const t of [token, superToken]) {
      expect((await api(`/api/transitions/${row.id}`, { method: 'PATCH', token: t, body: { to: 'disabled' } })).status).toBe(403)
      expect((await api(`/api/transitions/${row.id}`, { method: 'DELETE', token: t })).status).toBe(403)
      expect((await api('/api/transitions', { method: 'POST', token: t, body: { collection: 'accounts', document: String(id), event: 'X', to: 'y' } })).status).toBe(403)
      const gqlUpdate = await graphql(`mutation ($id: Int!) { updateTransition(id: $id, data: { to: "disabled" }) { id } }`, { id: row.id }, t)
      expect(gqlUpdate.errors?.length).toBeGreaterThan(0)
      const gqlDelete = await graphql(`mutation ($id: Int!) { deleteTransition(id: $id) { id } }`, { id: row.id }, t)
      expect(gqlDelete.errors?.length).toBeGreaterThan(0)
    }
    const after = await history('accounts', id, token)
    expect(after.history).toHaveLength(1)
    expect(after.history[0]).toMatchObject({ id: row.id, to: 'enabled' })
  })

  it('Les transitions sont aussi ouvertes en GraphQL', async () => {
    const { id } = await preRegister()
    const token = await login(staff('referent-accounts'))
    const described = await graphql(`query ($id: ID!) { documentTransitions(collection: "accounts", id: $id) }`, { id: String(id) }, token)
    expect(described.data.documentTransitions.allowed.sort()).toEqual(['ARCHIVE', 'ENABLE', 'TRANSFER'])
    const done = await graphql(`mutation ($id: ID!) { transitionDocument(collection: "accounts", id: $id, event: "ENABLE") }`, { id: String(id) }, token)
    expect(done.data.transitionDocument.status).toBe('enabled')
    const refused = await graphql(`mutation ($id: ID!) { transitionDocument(collection: "accounts", id: $id, event: "ENABLE") }`, { id: String(id) }, token)
    expect(refused.errors?.[0]?.message).toContain('pas possible')
  })

  it('Dix ENABLE simultanés sur un compte en attente : un seul gagne (200), neuf 409, une seule ligne d’historique', async () => {
    const { id } = await preRegister()
    const token = await login(staff('referent-accounts'))
    const results = await Promise.all(
      Array.from({ length: 10 }, () => api(`/api/accounts/${id}/transitions`, { method: 'POST', token, body: { event: 'ENABLE' } })),
    )
    const statuses = results.map((r) => r.status).sort()
    expect(statuses.filter((s) => s === 200)).toHaveLength(1)
    expect(statuses.filter((s) => s === 409)).toHaveLength(9)
    const after = await history('accounts', id, token)
    expect(after.history).toHaveLength(1)
  })

  it('Un compte créé par un référent est activé aussitôt (ENABLE enregistré) et le jeune reçoit un lien valable 12 h pour choisir son mot de passe', async () => {
    const token = await login(staff('referent-accounts'))
    const email = `cree.par.referent.${Date.now()}@exemple.fr`
    const created = await api('/api/accounts', {
      method: 'POST',
      token,
      body: { email, firstName: 'Inès', lastName: 'Créée', birthDate: '2001-02-03', postalCode: '76000', structure: await structureId('Mission Locale de Rouen') },
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const after = await history('accounts', created.body.doc.id, token)
    expect(after.state).toBe('enabled')
    expect(after.history).toMatchObject([{ event: 'ENABLE', from: 'pending', to: 'enabled' }])
    const mail = await waitForMail(mailbox, { to: email, contains: 'Choisir mon mot de passe' })
    expect(mail.text).toContain(`${serverURL}/espace-jeune/mot-de-passe?token=`)
    expect(mail.text).toContain('12 heures')
    const token12h = /token=([a-f0-9]+)/.exec(mail.text)?.[1]
    const reset = await api('/api/accounts/reset-password', { method: 'POST', body: { token: token12h, password: 'Nouveau-Mot-2026!' } })
    expect(reset.status).toBe(200)
    expect((await api('/api/accounts/login', { method: 'POST', body: { email, password: 'Nouveau-Mot-2026!' } })).status).toBe(200)
  })

  it('Un e-mail qui échoue (SMTP arrêté) laisse la transition enregistrée et repart quand le SMTP revient', async () => {
    const { id, email } = await preRegister()
    await waitForMail(mailbox, { to: email, contains: 'pré-inscription' })
    await mailbox.stop()
    const token = await login(staff('referent-accounts'))
    const enabled = await api(`/api/accounts/${id}/transitions`, { method: 'POST', token, body: { event: 'ENABLE' } })
    expect(enabled.status).toBe(200)
    const deadline = Date.now() + 15_000
    let failed = false
    while (!failed && Date.now() < deadline) {
      failed = (await enabledMailJobs(id)).some((job) => (job.totalTried ?? 0) > 0 && !job.completedAt)
      if (!failed) await new Promise((r) => setTimeout(r, 300))
    }
    expect(failed).toBe(true)
    expect((await history('accounts', id, token)).state).toBe('enabled')
    mailbox = await startTestMailbox()
    await waitForMail(mailbox, { to: email, contains: 'Votre compte est activé', timeoutMs: 40_000 })
  })

  it('SMTP arrêté à la création par un référent : les nouvelles tentatives ne réécrivent ni le compte ni son lien, et le lien reçu au retour du SMTP est celui de la première', async () => {
    await mailbox.stop()
    const token = await login(staff('referent-accounts'))
    const email = `smtp.arrete.${Date.now()}@exemple.fr`
    const created = await api('/api/accounts', {
      method: 'POST',
      token,
      body: { email, firstName: 'Rémi', lastName: 'Relance', birthDate: '2002-03-04', postalCode: '76000', structure: await structureId('Mission Locale de Rouen') },
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const id = created.body.doc.id as number
    const payload = await localPayload()
    const triesOfEnableMail = async () => (await enabledMailJobs(id)).find((job) => !job.completedAt)?.totalTried ?? 0
    const stored = async () => {
      const row = (await payload.db.findOne({ collection: 'accounts', where: { id: { equals: id } }, select: { resetPasswordToken: true, updatedAt: true } })) as unknown as { resetPasswordToken: string; updatedAt: string }
      return { token: row.resetPasswordToken, updatedAt: row.updatedAt }
    }
    await expect.poll(triesOfEnableMail, { timeout: 15_000, interval: 200 }).toBeGreaterThanOrEqual(1)
    const afterFirstTry = await stored()
    expect(afterFirstTry.token).toMatch(/^[a-f0-9]{40}$/)
    // The retries (back-off 0.5 s, 1 s, 2 s…) fail too: the account, watched all along, is not written again.
    const seen = new Set([JSON.stringify(afterFirstTry)])
    const deadline = Date.now() + 40_000
    while ((await triesOfEnableMail()) < 4 && Date.now() < deadline) {
      seen.add(JSON.stringify(await stored()))
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    seen.add(JSON.stringify(await stored()))
    expect(await triesOfEnableMail()).toBeGreaterThanOrEqual(4)
    expect([...seen]).toEqual([JSON.stringify(afterFirstTry)])

    mailbox = await startTestMailbox()
    const mail = await waitForMail(mailbox, { to: email, contains: 'Choisir mon mot de passe', timeoutMs: 40_000 })
    expect(/token=([a-f0-9]+)/.exec(mail.text)?.[1]).toBe(afterFirstTry.token)
    const reset = await api('/api/accounts/reset-password', { method: 'POST', body: { token: afterFirstTry.token, password: 'Relance-Mot-2026!' } })
    expect(reset.status, JSON.stringify(reset.body)).toBe(200)
  }, 120_000)
})
