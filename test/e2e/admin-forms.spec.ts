import { expect, test, type Page } from '@playwright/test'

import { DEMO_PASSWORD, loginToAdmin, screenshot } from './helpers'

/** Payload's French strings that read awkwardly, and what an internal value looks like on a page. */
const AWKWARD = [/nouveau ou nouvelle/i, /un\(e\)/, /Par Page/, /<Pas de/, /\[Sans titre\]/, /\bVrai\b|\bFaux\b/]

const expectNoAwkwardFrench = async (page: Page) => {
  const text = await page.locator('body').innerText()
  for (const pattern of AWKWARD) expect(text, String(pattern)).not.toMatch(pattern)
}

test.describe('L’administration comme ses utilisateurs l’attendent (issue 15)', () => {
  test('un référent comptes active puis désactive un compte : un seul contrôle de statut, l’historique suit chaque action', async ({ page, request }) => {
    // A young person pre-registers on the public site (Rouen's postal code): « En attente de validation ».
    const stamp = Date.now()
    const lastName = `Statut${stamp}`
    const registered = await request.post('/api/accounts', {
      data: { email: `statut.${stamp}@exemple.fr`, password: DEMO_PASSWORD, firstName: 'Nina', lastName, postalCode: '76000', birthDate: '2004-04-04' },
    })
    expect(registered.status()).toBe(201)
    const id = (await registered.json()).doc.id as number

    await loginToAdmin(page, 'referent-accounts@tremplin.test')
    await page.goto(`/admin/collections/accounts/${id}`)
    const panel = page.locator('.tremplin-lifecycle')
    await expect(panel.locator('.tremplin-badge')).toHaveText('En attente de validation')
    // The status is shown once: the panel heads the sidebar, and no greyed status select anywhere.
    await expect(page.locator('.tremplin-lifecycle')).toHaveCount(1)
    await expect(page.locator('#field-status')).toHaveCount(0)
    const sidebarFields = page.locator('.document-fields__sidebar-fields > *')
    await expect(sidebarFields.first()).toContainText('Statut')
    await expect(panel.locator('.tremplin-history')).toContainText('Aucun changement de statut')
    // No « API » tab for staff.
    await expect(page.locator('.doc-tabs').getByText('API', { exact: true })).toHaveCount(0)
    await screenshot(page, 'admin-forms-statut-en-attente')

    await panel.locator('#transition-ENABLE').click()
    await expect(panel.locator('.tremplin-badge')).toHaveText('Activé')
    await expect(panel.locator('.tremplin-history li')).toHaveCount(1)
    await expect(panel.locator('.tremplin-history')).toContainText('Activer le compte : En attente de validation → Activé')
    await expect(panel.locator('.tremplin-history')).toContainText('Karim Benali')
    await screenshot(page, 'admin-forms-statut-active')

    await panel.locator('#transition-DISABLE').click()
    await panel.locator('#confirm-DISABLE').click()
    await expect(panel.locator('.tremplin-badge')).toHaveText('Désactivé')
    await expect(panel.locator('.tremplin-history li')).toHaveCount(2)
    await expect(panel.locator('.tremplin-history li').first()).toContainText('Désactiver le compte : Activé → Désactivé')
    await expect(page.locator('#field-status')).toHaveCount(0)
    await expectNoAwkwardFrench(page)
    await screenshot(page, 'admin-forms-statut-desactive')
  })
})
