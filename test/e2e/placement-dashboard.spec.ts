import { expect, test } from '@playwright/test'

import { loginToAdmin, screenshot } from './helpers'

test.describe('Atouts pour tous : tableau de bord de la cohorte et annuaire', () => {
  test('le référent suit les dernières évolutions des candidatures de sa cohorte depuis le tableau de bord', async ({ page }) => {
    await loginToAdmin(page, 'establishment-referent@tremplin.test')
    await page.goto('/admin')
    const block = page.locator('#placement-cohort')
    await expect(block).toContainText('Dernières évolutions de ma cohorte')
    // The seeded spontaneous candidature of Lucas, handled by the hotel company: one banner as in the manual.
    const banner = block.locator('.placement-banner', { hasText: 'Candidature spontanée – Hôtellerie Seine-Saint-Denis' })
    await expect(banner).toHaveCount(1)
    await expect(banner).toContainText('PETIT Lucas')
    await expect(banner).toContainText(/Le \d{2}\/\d{2}\/\d{4}/)
    await expect(banner).toContainText('Prise en charge par le recruteur')
    // Emma's candidature to an offer, sent straight to the recruiter (autonomous candidate).
    await expect(block.locator('.placement-banner', { hasText: "Candidature à l'offre TIDF-001 – Agent d'accueil en gare (H/F)" })).toContainText('Envoyée au recruteur')
    await screenshot(page, 'placement-referent-tableau-de-bord-cohorte')

    await banner.getByRole('link', { name: 'Consulter la candidature' }).click()
    await page.waitForURL(/\/admin\/collections\/candidatures\/\d+$/)
    await expect(page.locator('.tremplin-lifecycle')).toContainText('Prise en charge par le recruteur')

    // The block is the cohort's: an employer's dashboard does not show it.
    await page.context().clearCookies()
    await loginToAdmin(page, 'employer@tremplin.test')
    await page.goto('/admin')
    await expect(page.locator('.dashboard')).toBeVisible()
    await expect(page.locator('#placement-cohort')).toHaveCount(0)
  })

  test("le référent consulte l'annuaire : référents filtrés par établissement, employeurs avec leurs offres et référents", async ({ page }) => {
    await loginToAdmin(page, 'establishment-referent@tremplin.test')
    await page.goto('/admin')
    const navLink = page.locator('#nav-placement-directory')
    await expect(navLink).toHaveAttribute('href', '/admin/annuaire')
    // The link is in the navigation, which may start folded (inert) on a narrow window: follow its address.
    await page.goto((await navLink.getAttribute('href'))!)
    await expect(page.locator('h1')).toContainText('Annuaire')
    const referents = page.locator('#directory-referents tbody tr')
    const chevalier = referents.filter({ hasText: 'Nicolas Chevalier' })
    await expect(chevalier).toContainText('Référent handicap')
    await expect(chevalier).toContainText('establishment-referent-creteil@tremplin.test')
    await expect(chevalier).toContainText('Lycée Édouard-Branly (Créteil)')
    await expect(referents.filter({ hasText: 'Émilie Faure' })).toContainText('Professeure principale')

    await page.locator('select[name="establishment"]').selectOption({ label: 'Lycée Édouard-Branly (Créteil)' })
    await page.locator('#directory-referents-filter button[type="submit"]').click()
    await page.waitForURL(/establishment=\d+/)
    await expect(referents.filter({ hasText: 'Nicolas Chevalier' })).toHaveCount(1)
    await expect(referents.filter({ hasText: 'Émilie Faure' })).toHaveCount(0)
    await expect(page.locator('select[name="establishment"]')).toHaveValue(/\d+/)
    await screenshot(page, 'placement-annuaire-referents-filtre')

    await page.getByRole('link', { name: 'Employeurs' }).click()
    await page.waitForURL(/tab=employers/)
    const transports = page.locator('.directory-employer', { hasText: 'Transports Île-de-France Services' })
    await expect(transports).toContainText("TIDF-001 – Agent d'accueil en gare (H/F)")
    // A closed offer is not listed; the company's referent is.
    await expect(transports).not.toContainText('TIDF-003')
    await expect(transports).toContainText('Thomas Garnier, Chargé de recrutement')
    await page.locator('#directory-employers-filter input[name="q"]').fill('Hôtellerie')
    await page.locator('#directory-employers-filter button[type="submit"]').click()
    await page.waitForURL(/q=H/)
    await expect(page.locator('.directory-employer')).toHaveCount(1)
    await expect(page.locator('.directory-employer')).toContainText('Commis de cuisine (H/F)')
    await screenshot(page, 'placement-annuaire-employeurs')
  })
})
