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
    // The editor hands its state to the form after a short debounce: save once it has.
    await expect(page.locator('#action-save')).toBeEnabled()
    await page.waitForTimeout(1000)
    const [saved] = await Promise.all([
      page.waitForResponse((r) => r.request().method() !== 'GET' && /\/api\/bilan-phases\/\d+(\?|$)/.test(r.url())),
      page.locator('#action-save').click(),
    ])
    expect(saved.status()).toBe(200)
    expect(JSON.stringify(await saved.json())).toContain('Apportez votre agenda au prochain rendez-vous.')
    await page.reload()
    await expect(page.locator('.rich-text-lexical [contenteditable="true"]').first()).toContainText('Apportez votre agenda au prochain rendez-vous.')
    await screenshot(page, 'bilan-phase-publiee')
  })

  test('un conseiller lit les réponses d’une phase et commente une réponse à côté', async ({ page }) => {
    await loginToAdmin(page, 'counsellor@tremplin.test')
    await page.goto('/admin/collections/bilan-steps')
    await openRow(page, 'Retour historique')
    const panel = page.getByRole('region', { name: 'Réponses du candidat et commentaires du conseiller' })
    await expect(panel).toContainText('Réponse de Inès')
    const comment = panel.getByLabel('Commentaire du conseiller').first()
    await expect(comment).toHaveValue('')
    await comment.fill('Pensez à détailler votre dernier stage.')
    await screenshot(page, 'bilan-commentaire-conseiller')
    const [saved] = await Promise.all([
      page.waitForResponse((r) => r.request().method() !== 'GET' && /\/api\/bilan-steps\/\d+(\?|$)/.test(r.url())),
      page.locator('#action-save').click(),
    ])
    expect(saved.status()).toBe(200)
    await page.reload()
    await expect(page.getByRole('region', { name: 'Réponses du candidat et commentaires du conseiller' }).getByLabel('Commentaire du conseiller').first()).toHaveValue(
      'Pensez à détailler votre dernier stage.',
    )
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
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Télécharger le tableau (CSV)', exact: true }).click()])
    const csv = await readFile((await download.path())!, 'utf8')
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    expect(csv.slice(1).split('\r\n')[0]).toBe('Identifiant;DABM;Conseiller;Modalité;Phases;Phase terminée')
    expect(csv).toContain(';Lunel;Luc Blanc;Présentiel;')
  })
})
