import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { MailCatcher } from '../../src/host/email/mailCatcher'
import { api, login, staff } from '../helpers/api'
import { startTestMailbox, waitForMail } from '../helpers/mail'
import { serverURL } from '../helpers/testEnv'
import { findFirst } from './placement-helpers'

/**
 * « Ajouter un conseiller » / « Ajouter un utilisateur »: like an account created by staff (issue
 * 15), a staff user is created without anybody choosing their password. The admin's form sends
 * the placeholder `lien-par-email:…` (`PasswordByLink`), an API caller may send none; the server
 * replaces either by a secret nobody knows and e-mails the new user a link to choose theirs.
 */

/** A creation as the admin's form sends it: the fields as JSON in `_payload`. */
const createAsTheAdminForm = async (token: string, fields: Record<string, unknown>) => {
  const form = new FormData()
  form.append('_payload', JSON.stringify(fields))
  const response = await fetch(`${serverURL}/api/users?depth=0&fallback-locale=null`, {
    method: 'POST',
    headers: { authorization: `JWT ${token}`, 'accept-language': 'fr' },
    body: form,
  })
  return { status: response.status, body: await response.json() }
}

const cannotLogIn = async (email: string, passwords: string[]) => {
  for (const password of passwords) {
    expect((await api('/api/users/login', { method: 'POST', body: { email, password } })).status, password).not.toBe(200)
  }
}

describe('Un utilisateur créé par un administrateur choisit son mot de passe par un lien', () => {
  let mailbox: MailCatcher
  let admin: string
  let rouen: { id: number }
  const stamp = Date.now()

  const choosePasswordThroughTheLink = async (email: string) => {
    const mail = await waitForMail(mailbox, { to: email, contains: 'Choisir mon mot de passe' })
    expect(mail.text).toContain('Votre compte Tremplin a été créé')
    const link = mail.text.match(/https?:\/\/\S+\/admin\/reset\/[^\s"<]+/)?.[0]
    expect(link?.startsWith(`${serverURL}/admin/reset/`), mail.text).toBe(true)
    const token = decodeURIComponent(link!.split('/admin/reset/')[1])
    const reset = await api('/api/users/reset-password', { method: 'POST', body: { token, password: 'Mon-Choix-2026!' } })
    expect(reset.status, JSON.stringify(reset.body)).toBe(200)
    expect((await api('/api/users/login', { method: 'POST', body: { email, password: 'Mon-Choix-2026!' } })).status).toBe(200)
  }

  beforeAll(async () => {
    mailbox = await startTestMailbox()
    admin = await login(staff('admin'))
    rouen = await findFirst(admin, 'structures', 'where[name][equals]=Mission Locale de Rouen')
  })
  afterAll(async () => {
    await mailbox?.stop()
  })

  it('Créé par l’API sans mot de passe : accepté, personne ne connaît le mot de passe, l’utilisateur reçoit le lien', async () => {
    const email = `conseiller.sans.mdp.${stamp}@exemple.fr`
    const created = await api('/api/users', { method: 'POST', token: admin, body: { email, firstName: 'Sans', lastName: `Motdepasse${stamp}`, roles: ['counsellor'], structures: [rouen.id] } })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    expect(created.body.doc).toMatchObject({ email, status: 'active' })
    await cannotLogIn(email, ['', 'Tremplin2026!', 'undefined', 'null'])
    await choosePasswordThroughTheLink(email)
  })

  it('Le formulaire de l’admin envoie un mot de passe de remplacement : le serveur le remplace, il ne connecte jamais', async () => {
    const email = `conseiller.formulaire.${stamp}@exemple.fr`
    const placeholder = `lien-par-email:${'cd'.repeat(24)}`
    const created = await createAsTheAdminForm(admin, {
      email,
      password: placeholder,
      'confirm-password': placeholder,
      firstName: 'Par',
      lastName: `Formulaire${stamp}`,
      roles: ['counsellor'],
      structures: [rouen.id],
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    await cannotLogIn(email, [placeholder, 'lien-par-email:'])
    await choosePasswordThroughTheLink(email)
    // The link was sent once, and the placeholder still opens nothing after the choice.
    expect(mailbox.messages.filter((message) => message.to.includes(email))).toHaveLength(1)
    await cannotLogIn(email, [placeholder])
  })

  it('Un mot de passe choisi par l’appelant de l’API est gardé, sans courriel', async () => {
    const email = `conseiller.choisi.${stamp}@exemple.fr`
    const created = await api('/api/users', { method: 'POST', token: admin, body: { email, password: 'Choisi-2026!', firstName: 'Mot', lastName: `Choisi${stamp}`, roles: ['counsellor'], structures: [rouen.id] } })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    expect((await api('/api/users/login', { method: 'POST', body: { email, password: 'Choisi-2026!' } })).status).toBe(200)
    await new Promise((resolve) => setTimeout(resolve, 2500))
    expect(mailbox.messages.some((message) => message.to.includes(email))).toBe(false)
  })

  it('Bilan, « Notifier l’utilisateur » coché et aucun mot de passe : un seul courriel, celui de Mon Bilan en Ligne, avec le lien', async () => {
    const academicAdmin = await login(staff('academic-admin'))
    const lunel = await findFirst(academicAdmin, 'structures', 'where[name][equals]=Lunel')
    const email = `conseiller.bilan.${stamp}@exemple.fr`
    const created = await createAsTheAdminForm(academicAdmin, {
      email,
      password: `lien-par-email:${'ef'.repeat(24)}`,
      'confirm-password': `lien-par-email:${'ef'.repeat(24)}`,
      firstName: 'Bilan',
      lastName: `Notifie${stamp}`,
      roles: ['counsellor'],
      structures: [lunel.id],
      notifyNewAccount: true,
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const mail = await waitForMail(mailbox, { to: email, contains: 'Choisir mon mot de passe' })
    expect(mail.text).toContain('Votre compte Mon Bilan en Ligne a été créé')
    await new Promise((resolve) => setTimeout(resolve, 2500))
    expect(mailbox.messages.filter((message) => message.to.includes(email))).toHaveLength(1)
  })
})
