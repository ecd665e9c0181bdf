import { expect, test } from '@playwright/test'

import { loginToAdmin, openRow, screenshot } from './helpers'

test.describe('Back-office : comptes et cycle de vie', () => {
  test('un référent ne voit que les comptes de sa Mission Locale', async ({ page }) => {
    await loginToAdmin(page, 'referent-accounts@tremplin.test')
    await page.goto('/admin/collections/accounts')
    const table = page.locator('.table')
    await expect(table).toBeVisible()
    await expect(table).toContainText('Bernard')
    // Yanis Garcia is followed by the Mission Locale de Caen.
    await expect(table).not.toContainText('Garcia')
    await screenshot(page, 'core-referent-liste-comptes')
  })

  test('un référent transfère un compte en attente ; la Mission Locale destinataire le voit avec le message', async ({ page }) => {
    await loginToAdmin(page, 'referent-accounts@tremplin.test')
    await page.goto('/admin/collections/accounts')
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
    await page.goto('/admin/collections/accounts')
    await openRow(page, 'Bernard')
    const target = page.locator('.tremplin-lifecycle')
    await expect(target).toContainText('Transféré')
    await expect(target.locator('.tremplin-history')).toContainText('La jeune a déménagé à Caen.')
    await expect(target.locator('.tremplin-history')).toContainText('Karim Benali')
    await expect(target.locator('#transition-ENABLE')).toBeVisible()
    await screenshot(page, 'core-compte-transfere-arrivee')
  })
})
