import { expect, test, type Page } from '@playwright/test'

import { DEMO_PASSWORD, loginToAdmin, screenshot } from './helpers'

/** Payload's French strings that read awkwardly, and what an internal value looks like on a page. */
const AWKWARD = [/nouveau ou nouvelle/i, /un\(e\)/, /Par Page/, /<Pas de/, /\[Sans titre\]/, /\bVrai\b|\bFaux\b/]

const expectNoAwkwardFrench = async (page: Page) => {
  const text = await page.locator('body').innerText()
  for (const pattern of AWKWARD) expect(text, String(pattern)).not.toMatch(pattern)
}

test.describe('L’administration comme ses utilisateurs l’attendent (issue 15)', () => {
  test('un référent établissement crée un candidat : aucun mot de passe, l’erreur de structure à côté du champ, titre au nom du candidat, compte activé', async ({ page }) => {
    const stamp = Date.now()
    const lastName = `Créée${stamp}`
    await loginToAdmin(page, 'establishment-referent@tremplin.test')
    await page.goto('/admin/collections/accounts/create')
    await expect(page.locator('#field-firstName')).toBeVisible()
    // Seed 004: the candidate chooses their password through the e-mailed link; nobody types it here.
    await expect(page.locator('.tremplin-password-by-link')).toContainText('lien')
    await expect(page.locator('input[name="password"]')).toBeHidden()
    await expect(page.locator('input[name="confirm-password"]')).toBeHidden()
    // The creation form shows no status and no « Pré-inscription » origin: they are the creation's to set.
    await expect(page.locator('.tremplin-lifecycle')).toHaveCount(0)
    await expect(page.locator('#field-origin')).toHaveCount(0)
    await expect(page.getByText('Créer : Compte').first()).toBeVisible()
    await expectNoAwkwardFrench(page)

    await page.locator('#field-firstName').fill('Zoé')
    await page.locator('#field-lastName').fill(lastName)
    // The title follows the name as it is typed, « Prénom NOM », never « [Sans titre] ».
    await expect(page.locator('h1').first()).toContainText(`Zoé ${lastName.toUpperCase()}`)
    await page.locator('#field-email').fill(`zoe.creee.${stamp}@exemple.fr`)
    await page.locator('#field-birthDate input').fill('04/04/2004')
    await page.locator('#field-birthDate input').press('Escape')
    await page.locator('#field-iAmReferent').check()
    // Saved without its « Structure de suivi »: the refusal is a French sentence next to the field,
    // and the summary names the field by its label, never « structure ».
    await page.locator('#action-save').click()
    const structure = page.locator('#field-structure')
    await expect(structure).toContainText('La structure de suivi est obligatoire.')
    await expect(structure).toHaveClass(/\berror\b/)
    await expect(page.locator('.payload-toast-container')).toContainText('Structure de suivi')
    await expect(page.locator('.payload-toast-container')).not.toContainText(': structure')
    await expect(page).toHaveURL(/\/create$/)
    await screenshot(page, 'admin-forms-structure-manquante')

    await structure.locator('.rs__control').click()
    // Payload refreshes the form's state on the server after a change and ignores « Sauvegarder »
    // until it has: wait for that refresh as a person waits for the form to settle.
    const settled = page.waitForResponse((response) => response.request().method() === 'POST' && response.url().includes('/admin/collections/accounts/create') && (response.request().postData() ?? '').includes('"form-state"'))
    await page.locator('.rs__option', { hasText: 'Bobigny' }).first().click()
    await settled
    await screenshot(page, 'admin-forms-creer-candidat')
    // The form sends the creation (nothing blocks it in the browser, no password among the fields).
    const [creation] = await Promise.all([
      page.waitForResponse((response) => response.request().method() === 'POST' && /\/api\/accounts(\?|$)/.test(response.url()), { timeout: 90_000 }),
      page.locator('#action-save').click(),
    ])
    expect(creation.status(), await creation.text()).toBe(201)
    // Whatever the hidden inputs hold is a placeholder the server replaces: no password is chosen here.
    expect(creation.request().postData() ?? '').not.toMatch(/"password":"(?!lien-par-email:)/)

    await page.waitForURL(/\/admin\/collections\/accounts\/\d+$/, { timeout: 60_000 })
    await expect(page.locator('h1').first()).toContainText(`Zoé ${lastName.toUpperCase()}`)
    const panel = page.locator('.tremplin-lifecycle')
    // Created by staff: « Activé » at once, through a recorded « Activer le compte » by its author.
    await expect(panel.locator('.tremplin-badge')).toHaveText('Activé')
    await expect(panel.locator('.tremplin-history')).toContainText('Activer le compte')
    await expect(panel.locator('.tremplin-history')).toContainText('Émilie Faure')
    // The referent reads « Prénom NOM », never an e-mail, in the relationship.
    await expect(page.locator('#field-referents')).toContainText('Émilie FAURE')
    await expect(page.locator('#field-referents')).not.toContainText('@tremplin.test')
    // Editing the account: still no password to type (Payload's « Changer le mot de passe » stays a button).
    await expect(page.locator('input[name="password"]')).toHaveCount(0)
    await expectNoAwkwardFrench(page)
    await screenshot(page, 'admin-forms-candidat-cree')
  })

  test('un administrateur ajoute un conseiller : aucun mot de passe à saisir, l’utilisateur est créé et choisira le sien par le lien', async ({ page }) => {
    const stamp = Date.now()
    const lastName = `Conseiller${stamp}`
    await loginToAdmin(page, 'admin@tremplin.test')
    await page.goto('/admin/collections/users/create')
    await expect(page.locator('#field-firstName')).toBeVisible()
    // Nobody chooses a colleague's password: the form says the link is e-mailed instead.
    await expect(page.locator('.tremplin-password-by-link')).toContainText('l’utilisateur reçoit par e-mail un lien')
    await expect(page.locator('input[name="password"]')).toBeHidden()
    await expect(page.locator('input[name="confirm-password"]')).toBeHidden()
    await expectNoAwkwardFrench(page)

    await page.locator('#field-firstName').fill('Camille')
    await page.locator('#field-lastName').fill(lastName)
    await page.locator('#field-email').fill(`camille.conseiller.${stamp}@exemple.fr`)
    await page.locator('#field-roles .rs__control').click()
    await page.locator('.rs__option', { hasText: /^Conseiller$/ }).first().click()
    await page.keyboard.press('Escape')
    await page.locator('#field-structures .rs__control').click()
    // Payload ignores « Sauvegarder » while it refreshes the form's state after a change: wait for it.
    const settled = page.waitForResponse((response) => response.request().method() === 'POST' && response.url().includes('/admin/collections/users/create') && (response.request().postData() ?? '').includes('"form-state"'))
    await page.locator('.rs__option', { hasText: 'Mission Locale de Rouen' }).first().click()
    await settled
    await screenshot(page, 'admin-forms-ajouter-conseiller')
    const [creation] = await Promise.all([
      page.waitForResponse((response) => response.request().method() === 'POST' && /\/api\/users(\?|$)/.test(response.url()), { timeout: 90_000 }),
      page.locator('#action-save').click(),
    ])
    expect(creation.status(), await creation.text()).toBe(201)
    // Whatever the hidden inputs hold is a placeholder the server replaces: no password is chosen here.
    expect(creation.request().postData() ?? '').not.toMatch(/"password":"(?!lien-par-email:)/)
    await page.waitForURL(/\/admin\/collections\/users\/\d+$/, { timeout: 60_000 })
    await expect(page.locator('h1').first()).toContainText(lastName.toUpperCase())
    await expect(page.locator('.tremplin-password-by-link')).toHaveCount(0)
    await screenshot(page, 'admin-forms-conseiller-cree')
  })

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
