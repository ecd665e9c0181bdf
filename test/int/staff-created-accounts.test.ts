import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { MailCatcher } from '../../src/host/email/mailCatcher'
import { api, login, staff } from '../helpers/api'
import { startTestMailbox, waitForMail } from '../helpers/mail'
import { serverURL } from '../helpers/testEnv'
import { findFirst } from './placement-helpers'

/**
 * Issue 15, point 1 (seed 004, « Créer un candidat »): an account created by staff asks nobody for
 * a password. The admin's creation form sends none (its body: multipart `_payload`); the account
 * starts as the manual gives (« Activé », through a recorded `ENABLE` by its author) and the young
 * person receives the link to choose their password. A missing « Structure de suivi » is refused
 * on that field, in French.
 */

/** A creation as the admin's form sends it: the fields as JSON in `_payload`, no password. */
const createAsTheAdminForm = async (token: string, fields: Record<string, unknown>) => {
  const form = new FormData()
  form.append('_payload', JSON.stringify(fields))
  const response = await fetch(`${serverURL}/api/accounts?depth=0&fallback-locale=null`, {
    method: 'POST',
    headers: { authorization: `JWT ${token}`, 'accept-language': 'fr' },
    body: form,
  })
  return { status: response.status, body: await response.json() }
}

const choosePasswordThroughTheLink = async (mailbox: MailCatcher, email: string) => {
  const mail = await waitForMail(mailbox, { to: email, contains: 'Choisir mon mot de passe' })
  expect(mail.text).toContain(`${serverURL}/espace-jeune/mot-de-passe?token=`)
  const token = /token=([a-f0-9]+)/.exec(mail.text)?.[1]
  const reset = await api('/api/accounts/reset-password', { method: 'POST', body: { token, password: 'Mon-Choix-2026!' } })
  expect(reset.status, JSON.stringify(reset.body)).toBe(200)
  expect((await api('/api/accounts/login', { method: 'POST', body: { email, password: 'Mon-Choix-2026!' } })).status).toBe(200)
}

describe('Un compte créé par le personnel ne demande aucun mot de passe', () => {
  let mailbox: MailCatcher
  let referent: string
  let bobigny: { id: number }
  const stamp = Date.now()

  beforeAll(async () => {
    mailbox = await startTestMailbox()
    referent = await login(staff('establishment-referent'))
    bobigny = await findFirst(referent, 'structures', 'where[name][like]=Bobigny')
  })
  afterAll(async () => {
    await mailbox?.stop()
  })

  it('Le référent établissement crée un candidat depuis le formulaire, sans structure : refusé sur « Structure de suivi », en français', async () => {
    const refused = await createAsTheAdminForm(referent, { email: `sans.structure.${stamp}@exemple.fr`, firstName: 'Zoé', lastName: 'Sansstructure', birthDate: '2004-04-04', iAmReferent: true })
    expect(refused.status).toBe(400)
    // Payload's summary, with its French non-breaking space before the colon: the label, never `structure`.
    expect(refused.body.errors[0].message).toMatch(/^Le champ suivant n’est pas valide\s: Structure de suivi$/)
    expect(refused.body.errors[0].data.errors).toEqual([expect.objectContaining({ path: 'structure', message: 'La structure de suivi est obligatoire.' })])
  })

  it('Le référent établissement crée un candidat depuis le formulaire : activé par son auteur, le candidat choisit son mot de passe par le lien', async () => {
    const email = `candidat.formulaire.${stamp}@exemple.fr`
    const created = await createAsTheAdminForm(referent, { email, firstName: 'Zoé', lastName: 'Formulaire', birthDate: '2004-04-04', structure: bobigny.id, iAmReferent: true })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    expect(created.body.doc).toMatchObject({ status: 'enabled', origin: 'staff', fullName: 'Zoé FORMULAIRE' })
    const transitions = (await api(`/api/accounts/${created.body.doc.id}/transitions`, { token: referent })).body
    expect(transitions.history).toMatchObject([{ event: 'ENABLE', from: 'pending', to: 'enabled' }])
    expect(JSON.stringify(transitions.history[0])).toContain('Émilie')
    // Nobody knows the password the account was created with.
    for (const password of ['', 'Tremplin2026!', 'undefined', 'null']) {
      expect((await api('/api/accounts/login', { method: 'POST', body: { email, password } })).status).not.toBe(200)
    }
    await choosePasswordThroughTheLink(mailbox, email)
  })

  it('Le formulaire de l’admin envoie un mot de passe de remplacement : le serveur le remplace, personne ne peut s’en servir', async () => {
    const email = `candidat.remplacement.${stamp}@exemple.fr`
    const placeholder = `lien-par-email:${'ab'.repeat(24)}`
    const created = await createAsTheAdminForm(referent, { email, password: placeholder, 'confirm-password': placeholder, firstName: 'Zoé', lastName: 'Remplacement', birthDate: '2004-04-04', structure: bobigny.id, iAmReferent: true })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    expect((await api('/api/accounts/login', { method: 'POST', body: { email, password: placeholder } })).status).not.toBe(200)
    await choosePasswordThroughTheLink(mailbox, email)
  })

  it('Un conseiller (bilan) crée un jeune de son DABM sans mot de passe : activé, le jeune choisit le sien par le lien', async () => {
    const counsellor = await login(staff('counsellor'))
    const me = (await api('/api/users/me', { token: counsellor })).body.user
    const lunel = await findFirst(counsellor, 'structures', 'where[name][equals]=Lunel')
    const email = `jeune.conseiller.${stamp}@exemple.fr`
    const created = await api('/api/accounts', { method: 'POST', token: counsellor, body: { email, firstName: 'Lou', lastName: 'Bilan', birthDate: '2003-03-03', structure: lunel.id, referents: [me.id] } })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    expect(created.body.doc).toMatchObject({ status: 'enabled', origin: 'staff' })
    await choosePasswordThroughTheLink(mailbox, email)
  })
})
