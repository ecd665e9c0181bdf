import { expect, test, type APIRequestContext, type Page } from '@playwright/test'

import { readFileSync } from 'node:fs'
import { extractText, getDocumentProxy } from 'unpdf'

import { DEMO_PASSWORD } from './helpers'
import { call, checkSitePage, logIn, newYoungPerson, staffToken, structureId, waitForSiteMail } from './siteHelpers'

const accountByEmail = async (request: APIRequestContext, token: string, email: string) => {
  const response = await request.get(`/api/accounts?where[email][equals]=${encodeURIComponent(email)}&depth=0`, { headers: { Authorization: `JWT ${token}` } })
  expect(response.status()).toBe(200)
  return (await response.json()).docs[0] as { id: number; status: string }
}

/** Answers every question of the questionnaire, one page each, choosing the option at `choice` each time. */
const answerQuestionnaire = async (page: Page, choice: number, { axe = true } = {}) => {
  for (let guard = 0; guard < 100; guard++) {
    const heading = await page.locator('#progress-label').textContent()
    const [, position, total] = heading!.match(/Question (\d+) sur (\d+)/)!
    if (position === '1' && axe) await checkSitePage(page, 'instant-t-question')
    await page.getByRole('radio').nth(choice).check()
    const last = position === total
    await page.getByRole('button', { name: last ? 'Voir mon résultat' : 'Question suivante' }).click()
    if (last) return Number(total)
    await expect(page.locator('#progress-label')).toContainText(`Question ${Number(position) + 1} sur ${total}`)
  }
  throw new Error('questionnaire sans fin')
}

test.describe('Le site des jeunes : Instant-T, pré-inscription, espace personnel', () => {
  test('un jeune fait le questionnaire, voit ses scores, se pré-inscrit avec son code et retrouve son résultat une fois son compte activé', async ({ page, request }) => {
    const email = `site.${Date.now()}@exemple.fr`
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bienvenue sur Tremplin')
    await checkSitePage(page, 'accueil')

    await page.getByRole('link', { name: 'faire le point avec le questionnaire Instant-T' }).click()
    await checkSitePage(page, 'instant-t')
    // A wrong postal code is refused next to its field, in French.
    await page.getByLabel('Votre code postal', { exact: true }).fill('76')
    await page.getByRole('button', { name: 'Commencer le questionnaire' }).click()
    await expect(page.locator('main').getByRole('alert')).toHaveText(/Code postal invalide/)
    await page.getByLabel('Votre code postal', { exact: true }).fill('76000')
    await page.getByRole('button', { name: 'Commencer le questionnaire' }).click()
    const total = await answerQuestionnaire(page, 0)
    expect(total).toBeGreaterThan(5)

    // The first option is the most favourable everywhere: every category at 100 %, scored by the server.
    const code = (await page.getByTestId('instant-t-code').textContent())!.trim()
    expect(code).toMatch(/^[A-Z0-9]{6}$/)
    await expect(page.getByRole('img', { name: 'Pourcentage obtenu dans chaque thème' })).toBeVisible()
    const rows = page.locator('tbody tr')
    expect(await rows.count()).toBeGreaterThan(1)
    for (const percent of await rows.locator('td:nth-child(3)').allTextContents()) expect(percent).toBe('100 %')
    await checkSitePage(page, 'instant-t-resultat')

    await page.getByRole('link', { name: 'Me pré-inscrire avec ce code' }).click()
    await expect(page.getByLabel('Code Instant-T', { exact: true })).toHaveValue(code)
    await page.getByLabel('Prénom (obligatoire)', { exact: true }).fill('Sacha')
    await page.getByLabel('Nom (obligatoire)', { exact: true }).fill('Sitejeune')
    await page.getByLabel('Adresse e-mail (obligatoire)', { exact: true }).fill(email)
    await page.getByLabel('Date de naissance (obligatoire)', { exact: true }).fill('2005-03-04')
    await page.getByLabel('Code postal (obligatoire)', { exact: true }).fill('76000')
    await page.getByLabel('Mot de passe (obligatoire)', { exact: true }).fill('MotDePasse-2026!')
    await page.getByLabel('Confirmer le mot de passe (obligatoire)', { exact: true }).fill('Autre-chose-2026!')
    await checkSitePage(page, 'inscription')
    await page.getByRole('button', { name: 'Envoyer ma pré-inscription' }).click()
    await expect(page.locator('#passwordConfirm-error')).toHaveText('Les deux mots de passe ne correspondent pas.')
    await page.getByLabel('Mot de passe (obligatoire)', { exact: true }).fill('MotDePasse-2026!')
    await page.getByLabel('Confirmer le mot de passe (obligatoire)', { exact: true }).fill('MotDePasse-2026!')
    await page.getByRole('button', { name: 'Envoyer ma pré-inscription' }).click()
    await expect(page.getByRole('status')).toContainText('Votre pré-inscription est enregistrée')
    await checkSitePage(page, 'inscription-envoyee')

    // Not enabled yet: the login is refused.
    await page.goto('/connexion')
    await page.getByLabel('Adresse e-mail (obligatoire)', { exact: true }).fill(email)
    await page.getByLabel('Mot de passe (obligatoire)', { exact: true }).fill('MotDePasse-2026!')
    await page.getByRole('button', { name: 'Me connecter' }).click()
    // Refused in French (the client asks the API for French: a server-side fetch has no language of its own).
    await expect(page.locator('main').getByRole('alert')).toBeVisible()
    expect(await page.locator('main').getByRole('alert').textContent()).not.toMatch(/field|invalid|password/i)
    await checkSitePage(page, 'connexion-refusee')

    // The Mission Locale de Rouen enables the account through the transition API.
    const token = await staffToken(request, 'referent-accounts@tremplin.test')
    const account = await accountByEmail(request, token, email)
    expect(account.status).toBe('pending')
    const enabled = await request.post(`/api/accounts/${account.id}/transitions`, { data: { event: 'ENABLE' }, headers: { Authorization: `JWT ${token}` } })
    expect(enabled.status()).toBe(200)

    await page.getByLabel('Mot de passe (obligatoire)', { exact: true }).fill('MotDePasse-2026!')
    await page.getByRole('button', { name: 'Me connecter' }).click()
    await page.waitForURL('**/espace-jeune', { timeout: 30_000 })
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bonjour Sacha Sitejeune')
    await expect(page.getByText('Mission Locale de Rouen')).toBeVisible()
    await expect(page.getByRole('heading', { name: 'Mon résultat Instant-T' })).toBeVisible()
    await expect(page.getByText(code, { exact: true })).toBeVisible()
    await checkSitePage(page, 'espace-jeune')

    // « Mes données »: the account and its linked result, nobody else's.
    const download = await page.request.get('/espace-jeune/mes-donnees')
    expect(download.status()).toBe(200)
    const data = await download.json()
    expect(data.account.email).toBe(email)
    const instantT = data.sections.find((section: { collection: string }) => section.collection === 'instant-t')
    expect(instantT.docs.map((result: { code: string }) => result.code)).toEqual([code])
    // The same as a PDF, from the page's link.
    const pdfDownload = page.waitForEvent('download')
    await page.getByRole('link', { name: 'Télécharger mes données (PDF)' }).click()
    const pdfPath = await (await pdfDownload).path()
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(readFileSync(pdfPath!))), { mergePages: true })
    expect(text).toContain(email)
    expect(text).toContain(code)

    // « Demander l’effacement de mes données »: sent once, then shown as being handled.
    await page.getByLabel('Message pour votre conseiller (facultatif)').fill('Merci de supprimer mon compte.')
    await page.getByRole('button', { name: 'Demander l’effacement de mes données' }).click()
    await expect(page.locator('main').getByRole('status')).toHaveText('Votre demande d’effacement est envoyée à votre conseiller.')
    await expect(page.getByText('en cours de traitement par votre conseiller')).toBeVisible()
    await expect(page.getByRole('button', { name: 'Demander l’effacement de mes données' })).toHaveCount(0)
    await checkSitePage(page, 'mes-donnees-effacement')

    await page.getByRole('button', { name: 'Me déconnecter' }).click()
    await page.waitForURL('**/connexion')
    expect((await page.request.get('/espace-jeune/mes-donnees')).status()).toBe(401)
  })

  test('un autre jeune connecté ne voit que ses propres données', async ({ page, request }) => {
    await logIn(page, 'sarah.michel@exemple.fr')
    const data = await (await page.request.get('/espace-jeune/mes-donnees')).json()
    expect(data.account.email).toBe('sarah.michel@exemple.fr')
    // Whatever the site shows, it reads as this young person: the API refuses another person's record to their token.
    const login = await request.post('/api/accounts/login', { data: { email: 'sarah.michel@exemple.fr', password: DEMO_PASSWORD } })
    const own = await login.json()
    // The super-administrator finds the other young person wherever other tests moved her.
    const staff = await staffToken(request, 'super-admin@tremplin.test')
    const other = await accountByEmail(request, staff, 'julia.bernard@exemple.fr')
    const attempt = await request.get(`/api/accounts/${other.id}`, { headers: { Authorization: `JWT ${own.token}` } })
    expect([403, 404]).toContain(attempt.status())
    const results = await request.get('/api/instant-t?depth=0', { headers: { Authorization: `JWT ${own.token}` } })
    for (const result of (await results.json()).docs as { account: number }[]) expect(result.account).toBe(own.user.id)
  })
})

test.describe('Le compte du jeune', () => {
  test('il règle ses notifications, demande à participer à une session de sa Mission Locale, puis choisit un nouveau mot de passe avec « Mot de passe oublié »', async ({ page, request }) => {
    const counsellor = await staffToken(request, 'referent-accounts@tremplin.test')
    const rouen = await structureId(request, counsellor, 'Mission Locale de Rouen')
    const young = await newYoungPerson(request, counsellor, { firstName: 'Inès', structure: rouen, postalCode: '76000' })
    const inHours = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString()
    const session = `Atelier CV ${Date.now()}`
    await call(request, counsellor, 'post', '/api/sessions', { title: session, kind: 'workshop', startsAt: inHours(48), endsAt: inHours(50), structure: rouen, visible: true })

    // « Mes notifications »: no e-mail for offer alerts; the account keeps it.
    await logIn(page, young.email)
    const offerAlertByEmail = page.getByLabel('Nouvelle offre correspondant à une recherche sauvegardée : par e-mail')
    await expect(offerAlertByEmail).toBeChecked()
    await offerAlertByEmail.uncheck()
    await page.getByRole('button', { name: 'Enregistrer mes préférences' }).click()
    await expect(page.locator('main').getByRole('status')).toHaveText('Vos préférences sont enregistrées.')
    await expect(offerAlertByEmail).not.toBeChecked()
    await expect(page.getByLabel('Nouvelle offre correspondant à une recherche sauvegardée : dans mon espace')).toBeChecked()
    const account = await call(request, counsellor, 'get', `/api/accounts/${young.id}?depth=0`)
    expect(account.alerts.email).not.toContain('offer-alert')
    expect(account.alerts.inApp).toContain('offer-alert')

    // « Demander à participer » to a session of their Mission Locale: their counsellor is told.
    await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Mon agenda' }).click()
    await page.getByRole('button', { name: `Demander à participer : ${session}` }).click()
    await expect(page.locator('main').getByRole('status')).toHaveText('Votre demande d’inscription a été transmise à votre conseiller.')
    await checkSitePage(page, 'agenda-demande-session')

    // « Mot de passe oublié » from the login page, then the e-mail's link.
    await page.goto('/espace-jeune')
    await page.getByRole('button', { name: 'Me déconnecter' }).click()
    await page.waitForURL('**/connexion')
    await page.getByRole('link', { name: 'Mot de passe oublié ?' }).click()
    await page.getByLabel('Adresse e-mail (obligatoire)', { exact: true }).fill(young.email)
    await page.getByRole('button', { name: 'Recevoir un lien' }).click()
    await expect(page.locator('main').getByRole('status')).toContainText('un e-mail vient de lui être envoyé')
    await checkSitePage(page, 'mot-de-passe-oublie')
    const mail = await waitForSiteMail(young.email, { contains: '/espace-jeune/mot-de-passe?token=' })
    const link = mail.match(/\/espace-jeune\/mot-de-passe\?token=[\w-]+/)![0]
    await page.goto(link)
    await page.getByLabel('Nouveau mot de passe (obligatoire)', { exact: true }).fill('Nouveau-2026-ok')
    await page.getByLabel('Confirmer le mot de passe (obligatoire)', { exact: true }).fill('Autre-2026-ok')
    await page.getByRole('button', { name: 'Enregistrer mon mot de passe' }).click()
    await expect(page.locator('#passwordConfirm-error')).toHaveText('Les deux mots de passe ne correspondent pas.')
    await checkSitePage(page, 'mot-de-passe-choisir')
    // Passwords are never sent back to the page: both are typed again.
    await page.getByLabel('Nouveau mot de passe (obligatoire)', { exact: true }).fill('Nouveau-2026-ok')
    await page.getByLabel('Confirmer le mot de passe (obligatoire)', { exact: true }).fill('Nouveau-2026-ok')
    await page.getByRole('button', { name: 'Enregistrer mon mot de passe' }).click()
    await expect(page.locator('main').getByRole('status')).toContainText('Votre mot de passe est enregistré')
    // The link has served: a second use is refused, in French.
    await page.goto(link)
    await page.getByLabel('Nouveau mot de passe (obligatoire)', { exact: true }).fill('Encore-2026-ok')
    await page.getByLabel('Confirmer le mot de passe (obligatoire)', { exact: true }).fill('Encore-2026-ok')
    await page.getByRole('button', { name: 'Enregistrer mon mot de passe' }).click()
    await expect(page.locator('main').getByRole('alert')).toContainText('Ce lien a expiré ou a déjà servi')
    await logIn(page, young.email, 'Nouveau-2026-ok')
  })
})

test.describe('Le questionnaire sans JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('on répond question par question et on obtient son code, sans JavaScript', async ({ page }) => {
    await page.goto('/instant-t')
    await page.getByLabel('Votre code postal', { exact: true }).fill('14000')
    await page.getByRole('button', { name: 'Commencer le questionnaire' }).click()
    await expect(page.locator('#progress-label')).toContainText('Question 1 sur')
    // « Question précédente » keeps the answer already given.
    await page.getByRole('radio').nth(2).check()
    await page.getByRole('button', { name: 'Question suivante' }).click()
    await expect(page.locator('#progress-label')).toContainText('Question 2 sur')
    await page.getByRole('button', { name: 'Question précédente' }).click()
    await expect(page.locator('#progress-label')).toContainText('Question 1 sur')
    await expect(page.getByRole('radio').nth(2)).toBeChecked()
    await page.getByRole('radio').nth(0).check()
    await page.getByRole('button', { name: 'Question suivante' }).click()
    await expect(page.locator('#progress-label')).toContainText('Question 2 sur')
    await answerQuestionnaire(page, 3, { axe: false })
    await expect(page.getByTestId('instant-t-code')).toHaveText(/^[A-Z0-9]{6}$/)
    // The least favourable option everywhere but once: the reading names the strength and the theme to work on first.
    await expect(page.getByText(/Votre point fort : Emploi \(\d+ %\)\. Le thème à travailler d’abord : .+ \(0 %\)/)).toBeVisible()
  })
})
