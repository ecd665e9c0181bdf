import { expect, test, type Page } from '@playwright/test'

import { loginToAdmin, openRow } from './helpers'
import { checkPage } from './pageChecks'

/**
 * One journey per demo role (issue 15): log in, land on « Ce qui vous attend », follow a count to
 * its filtered list, do the role's main action; every page is scanned for raw slugs, e-mails
 * shown as names, « vrai/faux » and English strings, and checked with axe. The dashboards'
 * screenshots go to docs/screenshots/ (linked from the README). One worker runs them in order:
 * the employer accepts the parrainage the establishment referent has just validated.
 */
/** The dashboard, checked and photographed, then the list one of its counts leads to. */
const dashboardThenList = async (page: Page, { role, item }: { role: string; item: string }) => {
  await page.goto('/admin')
  const count = page.locator(`#work-${item}`)
  await expect(count).toBeVisible()
  await checkPage(page, `tableau-de-bord-${role}`, { screenshot: true })
  const href = (await count.getAttribute('href'))!
  expect(href).toContain('where')
  await page.goto(href)
  await expect(page.locator('.tremplin-quick-filters [aria-current="page"]')).toBeVisible()
  await checkPage(page, `liste-${role}`)
}

/** Sends a lifecycle event from the status panel, confirming when the panel asks. */
const sendEvent = async (page: Page, event: string) => {
  const panel = page.locator('.tremplin-lifecycle')
  await panel.locator(`#transition-${event}`).click()
  const confirm = panel.locator(`#confirm-${event}`)
  if (await confirm.isVisible().catch(() => false)) await confirm.click()
  return panel
}

test('Référent comptes : valide une préinscription qui l’attend', async ({ page, request }) => {
  const lastName = `Parcours${Date.now()}`
  const created = await request.post('/api/accounts', {
    data: { email: `${lastName.toLowerCase()}@exemple.fr`, password: 'MotDePasse-2026!', firstName: 'Nora', lastName, postalCode: '76100', birthDate: '2004-05-06' },
  })
  expect(created.status()).toBe(201)
  await loginToAdmin(page, 'referent-accounts@tremplin.test')
  await dashboardThenList(page, { role: 'referent-comptes', item: 'accounts-pending' })
  await page.goto(`${page.url()}&search=${lastName}`)
  await openRow(page, lastName.toUpperCase())
  await checkPage(page, 'compte-referent-comptes')
  await expect(await sendEvent(page, 'ENABLE')).toContainText('Activé')
})

test('Référent établissement : valide la demande de parrainage d’Inès', async ({ page }) => {
  await loginToAdmin(page, 'establishment-referent@tremplin.test')
  await dashboardThenList(page, { role: 'referent-etablissement', item: 'parrainages-awaiting-validation' })
  await openRow(page, 'Transports Île-de-France Services')
  await checkPage(page, 'parrainage-referent-etablissement')
  await expect(await sendEvent(page, 'VALIDATE')).toContainText('Validée')
})

test('Employeur : accepte la demande de parrainage reçue', async ({ page }) => {
  await loginToAdmin(page, 'employer@tremplin.test')
  await dashboardThenList(page, { role: 'employeur', item: 'parrainages-received' })
  await openRow(page, 'Inès')
  await checkPage(page, 'parrainage-employeur')
  await expect(await sendEvent(page, 'ACCEPT')).toContainText('Acceptée')
})

test('Conseiller référent (DABM) : relit les phases soumises, sans agenda CEJ, et enregistre une phase', async ({ page }) => {
  await loginToAdmin(page, 'lead-counsellor@tremplin.test')
  await page.goto('/admin')
  await expect(page.locator('#nav-cej-my-agenda')).toHaveCount(0)
  await expect(page.locator('nav.nav__wrap')).not.toContainText('Agenda CEJ')
  await dashboardThenList(page, { role: 'conseiller-referent', item: 'bilan-steps-submitted' })
  await page.goto('/admin/collections/bilan-phases')
  await page.locator('.table tbody tr a[href*="/admin/collections/bilan-phases/"]').first().click()
  await page.waitForURL(/bilan-phases\/\d+$/)
  await checkPage(page, 'phase-conseiller-referent')
  // Payload enables « Enregistrer » once the form has changed: a title edited and put back.
  const title = page.locator('#field-title')
  const original = await title.inputValue()
  await title.fill(`${original} `)
  await title.fill(original)
  await expect(page.locator('#action-save')).toBeEnabled()
  await page.locator('#action-save').click()
  await expect(page.locator('.payload-toast-container')).toContainText(/succès|enregistr/i)
})

test('Administrateur académique : suit les phases soumises et ouvre le tableau d’activité', async ({ page }) => {
  await loginToAdmin(page, 'academic-admin@tremplin.test')
  await dashboardThenList(page, { role: 'administrateur-academique', item: 'bilan-steps-submitted' })
  await page.goto('/admin/activite-bilans')
  await expect(page.locator('table')).toContainText('Lunel')
  await checkPage(page, 'activite-administrateur-academique')
})

test('Référent Instant-T : ouvre un résultat à rattacher et son PDF', async ({ page }) => {
  await loginToAdmin(page, 'referent-instant-t@tremplin.test')
  await dashboardThenList(page, { role: 'referent-instant-t', item: 'instant-t-unlinked' })
  await page.locator('.table tbody tr a[href*="/admin/collections/instant-t/"]').first().click()
  await page.waitForURL(/instant-t\/\d+$/)
  await expect(page.getByTestId('instant-t-scores')).toBeVisible()
  await checkPage(page, 'resultat-referent-instant-t')
  await expect(page.getByTestId('instant-t-pdf')).toBeVisible()
})

test('Conseiller CEJ : va aux sessions à clore puis à son agenda', async ({ page }) => {
  await loginToAdmin(page, 'cej-counsellor@tremplin.test')
  await dashboardThenList(page, { role: 'conseiller-cej', item: 'sessions-to-close' })
  await page.goto('/admin/cej/mon-agenda')
  await expect(page.locator('h1')).toContainText('agenda')
  await checkPage(page, 'agenda-conseiller-cej')
})

test('Super-administrateur : lit ses notifications et ouvre la fiche d’un utilisateur', async ({ page }) => {
  await loginToAdmin(page, 'super-admin@tremplin.test')
  await dashboardThenList(page, { role: 'super-administrateur', item: 'notifications-unread' })
  await page.goto('/admin/collections/users?search=Benali')
  await openRow(page, 'Benali')
  await checkPage(page, 'utilisateur-super-administrateur')
})
