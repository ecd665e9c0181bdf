import { expect, test } from '@playwright/test'

import { DEMO_PASSWORD, loginToAdmin, screenshot } from './helpers'
import { call, newYoungPerson, staffToken, structureId } from './siteHelpers'

/**
 * Issue 18, « Créer un compte » on a person already known: a counsellor of the Mission Locale de
 * Caen creates a young person the Mission Locale de Rouen already follows. Instead of a failed
 * save, the admin says the person is known (nothing more without their consent), offers to open a
 * programme at Caen, and opens the account once Caen follows the person.
 */
test.describe('Un jeune déjà connu, dans l’administration (issue 18)', () => {
  test('la Mission Locale de Caen crée un jeune déjà suivi à Rouen : proposition, ouverture d’un dispositif, fiche du jeune', async ({ page, request }) => {
    const rouenToken = await staffToken(request, 'referent-accounts@tremplin.test')
    const lastName = `Dejaconnu${Date.now()}`
    const known = await newYoungPerson(request, rouenToken, { firstName: 'Lina', lastName, structure: await structureId(request, rouenToken, 'Mission Locale de Rouen') })

    await loginToAdmin(page, 'referent-accounts-caen@tremplin.test')
    await page.goto('/admin/collections/accounts/create')
    await expect(page.locator('#field-firstName')).toBeVisible()
    await page.locator('#field-firstName').fill('Lina')
    await page.locator('#field-lastName').fill(lastName)
    await page.locator('#field-email').fill(known.email)
    await page.locator('#action-save').click()

    const proposal = page.getByRole('region', { name: 'Jeune déjà connu' })
    await expect(proposal).toContainText('Ce jeune est déjà connu de Tremplin')
    // Without the young person's consent: neither who they are nor who follows them.
    await expect(proposal).toContainText('Sans le consentement du jeune au partage')
    await expect(proposal).not.toContainText('Rouen')
    await expect(proposal).not.toContainText(lastName.toUpperCase())
    await expect(page).toHaveURL(/\/create$/)
    await screenshot(page, 'admin-jeune-deja-connu')

    await proposal.getByLabel('Dispositif à ouvrir').selectOption('pacea')
    await proposal.getByRole('button', { name: 'Ouvrir un dispositif pour ce jeune' }).click()
    await expect(page).toHaveURL(new RegExp(`/admin/collections/accounts/${known.id}$`))
    await expect(page.locator('#field-email')).toHaveValue(known.email)
    await expect(page.locator('#field-lastName')).toHaveValue(lastName)
    await screenshot(page, 'admin-jeune-deja-connu-fiche')
  })

  test('un conseiller de deux Missions Locales choisit la seconde et enregistre au clavier : le dispositif s’ouvre là où il l’a choisi', async ({ page, request }) => {
    const admin = await staffToken(request, 'super-admin@tremplin.test')
    const [rouen, caen, havre] = await Promise.all(['Mission Locale de Rouen', 'Mission Locale de Caen', 'Mission Locale du Havre'].map((name) => structureId(request, admin, name)))
    const email = `deux.structures.${Date.now()}@tremplin.test`
    await call(request, admin, 'post', '/api/users', { email, password: DEMO_PASSWORD, firstName: 'Yanis', lastName: 'Deuxstructures', roles: ['referent-accounts'], structures: [caen, havre] })
    const lastName = `Dejaconnu${Date.now()}`
    const known = await newYoungPerson(request, admin, { firstName: 'Noé', lastName, structure: rouen })

    await loginToAdmin(page, email)
    await page.goto('/admin/collections/accounts/create')
    await page.locator('#field-firstName').fill('Noé')
    await page.locator('#field-lastName').fill(lastName)
    await page.locator('#field-email').fill(known.email)
    const settled = page.waitForResponse((response) => response.request().method() === 'POST' && response.url().includes('/admin/collections/accounts/create') && (response.request().postData() ?? '').includes('"form-state"'))
    await page.locator('#field-structure .rs__control').click()
    await page.locator('.rs__option', { hasText: 'Havre' }).first().click()
    await settled
    // Ctrl+S saves, as on every other form of the admin.
    await page.locator('#field-lastName').press('Control+s')

    const proposal = page.getByRole('region', { name: 'Jeune déjà connu' })
    await expect(proposal).toContainText('Ce jeune est déjà connu de Tremplin')
    await proposal.getByLabel('Dispositif à ouvrir').selectOption('pacea')
    await proposal.getByRole('button', { name: 'Ouvrir un dispositif pour ce jeune' }).click()
    await expect(page).toHaveURL(new RegExp(`/admin/collections/accounts/${known.id}$`))
    const programmes = (await call(request, admin, 'get', `/api/programmes?where[account][equals]=${known.id}&where[kind][equals]=pacea&depth=0`)).docs
    expect(programmes.map((programme: { structure: number }) => programme.structure)).toEqual([havre])
  })
})
