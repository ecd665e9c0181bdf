import { expect, test } from '@playwright/test'

import { loginToAdmin, openRow, screenshot } from './helpers'

test.describe('Back-office : comptes et cycle de vie', () => {
  test('un référent ne voit que les comptes de sa Mission Locale', async ({ page }) => {
    await loginToAdmin(page, 'referent-accounts@tremplin.test')
    // Searched by name: other browser tests add accounts to this Mission Locale.
    await page.goto('/admin/collections/accounts?search=Bernard')
    const table = page.locator('.table')
    await expect(table).toBeVisible()
    await expect(table).toContainText('Bernard')
    // Yanis Garcia is followed by the Mission Locale de Caen.
    await page.goto('/admin/collections/accounts?search=Garcia')
    await expect(page.locator('.table')).toHaveCount(0)
    await screenshot(page, 'core-referent-liste-comptes')
  })

  test('un référent transfère un compte en attente ; la Mission Locale destinataire le voit avec le message', async ({ page }) => {
    await loginToAdmin(page, 'referent-accounts@tremplin.test')
    await page.goto('/admin/collections/accounts?search=Bernard')
    await openRow(page, 'Bernard')
    const panel = page.locator('.tremplin-lifecycle')
    await expect(panel).toContainText('En attente de validation')
    // Only the events the state accepts and the role allows.
    await expect(panel.locator('#transition-ENABLE')).toBeVisible()
    await expect(panel.locator('#transition-TRANSFER')).toBeVisible()
    await expect(panel.locator('#transition-DISABLE')).toHaveCount(0)
    await screenshot(page, 'core-compte-en-attente')
    await panel.locator('#transition-TRANSFER').click()
    await panel.locator('select[name="structure"]').selectOption({ label: 'Mission Locale de Caen' })
    await panel.locator('textarea[name="message"]').fill('La jeune a déménagé à Caen.')
    await panel.locator('#confirm-TRANSFER').click()
    // The account has left Rouen: its referent no longer reaches it.
    await expect(panel.locator('.tremplin-lifecycle-notice')).toContainText('Transféré')
    await screenshot(page, 'core-compte-transfere-depart')

    await page.context().clearCookies()
    await loginToAdmin(page, 'referent-accounts-caen@tremplin.test')
    await page.goto('/admin/collections/accounts?search=Bernard')
    await openRow(page, 'Bernard')
    const target = page.locator('.tremplin-lifecycle')
    await expect(target).toContainText('Transféré')
    await expect(target.locator('.tremplin-history')).toContainText('La jeune a déménagé à Caen.')
    await expect(target.locator('.tremplin-history')).toContainText('Karim Benali')
    await expect(target.locator('#transition-ENABLE')).toBeVisible()
    await screenshot(page, 'core-compte-transfere-arrivee')
  })

  test('un administrateur transfère les dossiers d’un conseiller qui part, puis le désinscrit : il est anonymisé et quitte la liste', async ({ page, request }) => {
    // A counsellor of the Mission Locale de Rouen who follows one file, set up as the super-admin would through the API.
    const login = await request.post('/api/users/login', { data: { email: 'super-admin@tremplin.test', password: 'Tremplin2026!' } })
    const auth = { authorization: `JWT ${(await login.json()).token}` }
    const colleague = (await (await request.get('/api/users?where[email][equals]=referent-accounts@tremplin.test&depth=0', { headers: auth })).json()).docs[0]
    const lastName = `Départ${Date.now()}`
    const leaving = await request.post('/api/users', {
      headers: auth,
      data: { email: `depart.${Date.now()}@exemple.fr`, password: 'Depart-2026!', firstName: 'Camille', lastName, roles: ['referent-accounts'], structures: colleague.structures },
    })
    expect(leaving.status()).toBe(201)
    const leavingId = (await leaving.json()).doc.id
    const followed = await request.post('/api/accounts', {
      headers: auth,
      data: { email: `suivi.${Date.now()}@exemple.fr`, lastName: 'Suivi', structure: colleague.structures[0], referents: [leavingId] },
    })
    expect(followed.status()).toBe(201)

    await loginToAdmin(page, 'admin@tremplin.test')
    await page.goto(`/admin/collections/users/${leavingId}`)
    const lifecycle = page.locator('.tremplin-lifecycle')
    await expect(lifecycle.locator('#transition-DEACTIVATE')).toBeVisible()
    // Still the referent of a file: unsubscribing is not offered.
    await expect(lifecycle.locator('#transition-UNSUBSCRIBE')).toHaveCount(0)

    const panel = page.getByRole('region', { name: 'Transférer les dossiers suivis' })
    await expect(panel).toContainText('1 dossier(s) suivi(s)')
    await panel.locator('#transfer-to').selectOption({ label: 'Karim Benali' })
    await panel.getByRole('button', { name: 'Transférer les dossiers' }).click()
    await expect(panel.getByRole('status')).toContainText(`1 dossier(s) de Camille ${lastName} transféré(s) à Karim Benali`)
    await expect(panel).toContainText('Aucun dossier suivi.')
    await screenshot(page, 'core-transfert-dossiers')

    await page.reload()
    await lifecycle.locator('#transition-UNSUBSCRIBE').click()
    // Final and anonymising: asked for confirmation first.
    await expect(lifecycle).toContainText('Confirmez-vous « Désinscrire (anonymiser) » ?')
    await lifecycle.locator('#confirm-UNSUBSCRIBE').click()
    await expect(lifecycle).toContainText('Désinscrit')
    await expect(lifecycle).not.toContainText('Réactiver')
    await screenshot(page, 'core-utilisateur-desinscrit')

    // Seed 003: an unsubscribed user disappears from the list (found neither by the old name nor as anonymised).
    await page.goto(`/admin/collections/users?search=${encodeURIComponent(lastName)}`)
    await expect(page.getByText(lastName)).toHaveCount(0)
    await page.goto(`/admin/collections/users?search=${encodeURIComponent('Donnée anonymisée')}`)
    await expect(page.locator('.table')).toHaveCount(0)
    await page.goto(`/admin/collections/users?search=Benali`)
    await expect(page.locator('.table')).toContainText('Benali')
  })
})
