import { expect, test } from '@playwright/test'

import { loginToAdmin, openRow, screenshot } from './helpers'

test.describe('CEJ : agenda de la Mission Locale', () => {
  test('le conseiller émarge une session passée « À clore » et la clôt', async ({ page }) => {
    await loginToAdmin(page, 'referent-accounts@tremplin.test')
    await page.goto('/admin/collections/sessions')
    const row = page.locator('.table tbody tr', { hasText: "Simulation d'entretien" })
    // The clock moves the past session to « À clore » within seconds of the server's start.
    await expect(async () => {
      await page.reload()
      await expect(row).toContainText('À clore', { timeout: 2_000 })
    }).toPass({ timeout: 60_000 })
    await screenshot(page, 'cej-agenda-a-clore')
    await openRow(page, "Simulation d'entretien")
    const panel = page.locator('section[aria-label="Inscriptions"]')
    await expect(panel).toContainText('Cet événement est passé et doit être clos')
    const sarah = panel.getByLabel('Présence de MICHEL Sarah')
    // Nobody looks present before the counsellor ticks them (issue 15, point 8).
    await expect(sarah).not.toBeChecked()
    await sarah.check()
    await expect(sarah).toBeChecked()
    await screenshot(page, 'cej-emargement')
    await panel.getByRole('button', { name: 'Clore la session' }).click()
    await expect(panel.getByRole('status')).toContainText('Session close : présences enregistrées.')
    await expect(panel.locator('tbody')).toContainText('Présent')
    await expect(page.locator('.tremplin-lifecycle')).toContainText('Close')
    await screenshot(page, 'cej-session-close')
  })

  test('le conseiller inscrit un bénéficiaire, puis le désinscrit pour « refus jeune » avec un motif', async ({ page }) => {
    await loginToAdmin(page, 'referent-accounts@tremplin.test')
    await page.goto('/admin/collections/sessions')
    await openRow(page, 'GJ - CV et Lettre de motivation')
    const panel = page.locator('section[aria-label="Inscriptions"]')
    await expect(panel).toContainText('2 place(s) restante(s)')
    await panel.getByLabel(/Recherchez et ajoutez un bénéficiaire/).fill('Michel')
    await panel.getByRole('button', { name: 'Inscrire' }).click()
    await expect(panel.getByRole('status')).toContainText('est inscrit(e)')
    await expect(panel.locator('tbody tr', { hasText: 'MICHEL Sarah' })).toContainText('Inscrit')
    await expect(panel).toContainText('1 place(s) restante(s)')
    await panel.locator('tbody tr', { hasText: 'MICHEL Sarah' }).getByRole('button', { name: 'Désinscrire' }).click()
    const dialog = panel.getByRole('dialog', { name: 'Désinscription' })
    await dialog.getByLabel(/Refus jeune/).check()
    await dialog.getByLabel('Motif de désinscription').fill('A trouvé un contrat en alternance.')
    await dialog.getByRole('button', { name: 'Confirmer' }).click()
    await expect(panel.locator('tbody tr', { hasText: 'MICHEL Sarah' })).toContainText('Refus jeune — « A trouvé un contrat en alternance. »')
    await expect(panel.getByRole('button', { name: 'Réinscrire' })).toBeVisible()
    await screenshot(page, 'cej-desinscription-refus-jeune')
  })
})
