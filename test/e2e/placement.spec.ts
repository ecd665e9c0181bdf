import { expect, test } from '@playwright/test'

import { loginToAdmin, screenshot } from './helpers'

test.describe('Atouts pour tous : validation d’une candidature puis prise en charge par le recruteur', () => {
  test('le référent relit le message et valide ; l’employeur voit la candidature et la prend en charge', async ({ page }) => {
    const message = 'Bonjour, je vous adresse ma candidature pour l’alternance (message relu avec mon référent).'

    await loginToAdmin(page, 'establishment-referent@tremplin.test')
    await page.goto('/admin/collections/candidatures')
    const row = page.locator('.table tbody tr', { hasText: 'TIDF-002' }).filter({ hasText: 'MOREAU Inès' })
    await expect(row.first()).toBeVisible()
    await screenshot(page, 'placement-referent-liste-candidatures')
    await row.first().locator('a').first().click()
    const panel = page.locator('.tremplin-lifecycle')
    await expect(panel).toContainText('En attente de validation par le référent')
    await expect(panel.locator('#transition-VALIDATE')).toBeVisible()
    // Only the referent's event: the recruiter's and the candidate's are not offered.
    await expect(panel.locator('#transition-HANDLE')).toHaveCount(0)

    await page.locator('textarea#field-message').fill(message)
    await page.locator('#action-save').click()
    await expect(page.locator('.payload-toast-container')).toContainText(/succès|enregistr/i)
    await screenshot(page, 'placement-referent-message-modifie')
    await panel.locator('#transition-VALIDATE').click()
    await expect(panel).toContainText('Envoyée au recruteur')
    await screenshot(page, 'placement-referent-candidature-validee')

    await page.context().clearCookies()
    await loginToAdmin(page, 'employer@tremplin.test')
    await page.goto('/admin/collections/candidatures')
    const received = page.locator('.table tbody tr', { hasText: 'TIDF-002' }).filter({ hasText: 'MOREAU Inès' })
    await expect(received.first()).toBeVisible()
    await received.first().locator('a').first().click()
    await expect(page.locator('textarea#field-message')).toHaveValue(message)
    const recruiterPanel = page.locator('.tremplin-lifecycle')
    await expect(recruiterPanel.locator('#transition-HANDLE')).toBeVisible()
    await expect(recruiterPanel.locator('#transition-ACCEPT')).toHaveCount(0)
    await screenshot(page, 'placement-employeur-candidature-recue')
    await recruiterPanel.locator('#transition-HANDLE').click()
    await expect(recruiterPanel).toContainText('Prise en charge par le recruteur')
    await expect(recruiterPanel.locator('#transition-ACCEPT')).toBeVisible()
    await expect(recruiterPanel.locator('#transition-REJECT')).toBeVisible()
    await screenshot(page, 'placement-employeur-candidature-prise-en-charge')
  })
})
