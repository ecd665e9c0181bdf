import { readFile } from 'node:fs/promises'

import { expect, test } from '@playwright/test'

import { loginToAdmin, openRow, screenshot } from './helpers'

test.describe('Bilan en ligne : phases et tableau d’activité', () => {
  test('un conseiller référent modifie le contenu d’une phase et le publie', async ({ page }) => {
    await loginToAdmin(page, 'lead-counsellor@tremplin.test')
    await page.goto('/admin/collections/bilan-phases')
    // The row's link is its first cell (the order).
    await openRow(page, "Définition du plan d'action")
    const editor = page.locator('.rich-text-lexical [contenteditable="true"]').first()
    await expect(editor).toContainText('Votre plan d’action')
    await editor.click()
    await page.keyboard.press('Control+End')
    await page.keyboard.press('Enter')
    await page.keyboard.type('Apportez votre agenda au prochain rendez-vous.')
    await screenshot(page, 'bilan-phase-edition')
    await page.locator('#action-save').click()
    // Publishing saves a new version; once the request settles the change is stored.
    await page.waitForLoadState('networkidle')
    await expect(page.locator('#action-save')).toBeDisabled()
    await page.reload()
    await expect(page.locator('.rich-text-lexical [contenteditable="true"]').first()).toContainText('Apportez votre agenda au prochain rendez-vous.')
    await screenshot(page, 'bilan-phase-publiee')
  })

  test("un administrateur académique ouvre le tableau d'activité et télécharge le CSV", async ({ page }) => {
    await loginToAdmin(page, 'academic-admin@tremplin.test')
    await page.goto('/admin')
    await expect(page.getByText('Ajouter un conseiller')).toBeVisible()
    await screenshot(page, 'bilan-tableau-de-bord')
    await page.goto('/admin/activite-bilans')
    const table = page.locator('table')
    await expect(table).toContainText('Identifiant')
    await expect(table).toContainText('Lunel')
    await expect(table).toContainText('Sète')
    await expect(table).not.toContainText('Albi')
    await expect(page.locator('svg[aria-label^="Candidats par phase atteinte"]')).toBeVisible()
    await screenshot(page, 'bilan-tableau-activite')
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'CSV', exact: true }).click()])
    const csv = await readFile((await download.path())!, 'utf8')
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    expect(csv.slice(1).split('\r\n')[0]).toBe('Identifiant;DABM;Conseiller;Modalité;Phases;Phase terminée')
    expect(csv).toContain(';Lunel;Luc Blanc;Présentiel;')
  })
})
