import { expect, test } from '@playwright/test'

import { loginToAdmin, screenshot } from './helpers'

test.describe('CEJ : portefeuille du conseiller', () => {
  test('le conseiller ouvre son portefeuille, ajoute un bénéficiaire et ouvre une fiche', async ({ page }) => {
    await loginToAdmin(page, 'cej-counsellor@tremplin.test')
    await expect(page.locator('#nav-cej-portfolio')).toHaveAttribute('href', '/admin/portefeuille')
    await page.goto('/admin/portefeuille')
    await expect(page).toHaveURL(/\/admin\/portefeuille/)
    await expect(page.getByRole('heading', { name: 'Mon portefeuille' })).toBeVisible()
    const table = page.getByRole('table', { name: 'Liste des bénéficiaires' })
    await expect(table).toContainText('MICHEL Sarah')
    await expect(table.locator('tr', { hasText: 'MALEK Malek' })).toContainText('Compte non activé')
    await expect(table).not.toContainText('THAM')
    await screenshot(page, 'cej-portefeuille')

    // Sort on « Actions », then search by name.
    await table.getByRole('link', { name: /^Actions/ }).click()
    await expect(page).toHaveURL(/sort=actions/)
    await page.getByLabel('Rechercher un bénéficiaire par son nom ou prénom').fill('Malek')
    await page.getByRole('button', { name: 'Rechercher' }).click()
    await expect(page.getByRole('table', { name: 'Liste des bénéficiaires' }).locator('tbody tr')).toHaveCount(1)

    // « Ajouter un bénéficiaire » from the dossier number.
    await page.getByRole('button', { name: '+ Ajouter un bénéficiaire' }).click()
    const form = page.getByRole('form', { name: 'Créer un compte bénéficiaire' })
    await form.getByLabel('Numéro de dossier').fill(`E2E${Date.now()}`)
    await form.getByLabel('Prénom').fill('Camille')
    await form.getByLabel('Nom', { exact: true }).fill('Camille')
    await form.getByLabel('E-mail').fill(`camille.e2e.${Date.now()}@exemple.fr`)
    await form.getByRole('button', { name: 'Valider le numéro' }).click()
    await expect(form.getByRole('status')).toContainText("lien d'activation, valable 12 heures")
    await screenshot(page, 'cej-ajouter-beneficiaire')

    // The sheet of a young person who never logged in: the red banner and the week's indicators.
    await page.goto('/admin/portefeuille')
    await page.getByRole('table', { name: 'Liste des bénéficiaires' }).getByRole('link', { name: 'MALEK Malek' }).click()
    await expect(page).toHaveURL(/\/admin\/portefeuille\/\d+/)
    await expect(page.locator('#never-logged-in')).toContainText("Ce bénéficiaire ne s'est pas encore connecté à l'application")
    await expect(page.getByLabel('Indicateurs de la semaine')).toContainText('Créées')
    await expect(page.getByLabel('Indicateurs de la semaine')).toContainText('En retard')
    await expect(page.getByRole('table', { name: 'Actions' })).toContainText('Ouvrir un compte bancaire')
    await expect(page.getByRole('button', { name: 'Supprimer ce compte' })).toBeVisible()
    await screenshot(page, 'cej-fiche-beneficiaire')

    // The account's page shows the young person's CEJ file (`cej-profiles`, issue #16) and opens it.
    const accountId = /portefeuille\/(\d+)/.exec(page.url())![1]
    await page.goto(`/admin/collections/accounts/${accountId}`)
    const file = page.locator('#cej-profile-panel')
    await expect(file).toContainText('Numéro de dossier i-milo : 4510023')
    await expect(file).toContainText("Demandeur d'emploi")
    await file.getByRole('link', { name: 'Ouvrir le dossier CEJ' }).click()
    await expect(page).toHaveURL(/\/admin\/collections\/cej-profiles\/\d+/)
    await expect(page.locator('#field-dossierNumber')).toHaveValue('4510023')

    // « Pilotage »: the finished action to qualify, recorded as not SNP, leaves the list.
    await page.goto('/admin/pilotage')
    const todo = page.getByLabel(/MARTIN Marie – Faire mon CV/)
    await expect(todo).toBeVisible()
    await screenshot(page, 'cej-pilotage')
    await todo.check()
    await page.getByRole('button', { name: 'Enregistrer les actions en non SNP' }).click()
    await expect(page.getByText('1 action(s) enregistrée(s) en non SNP.')).toBeVisible()
    await expect(page.getByLabel(/MARTIN Marie – Faire mon CV/)).toHaveCount(0)
  })

  test('un collègue lit la fiche d’un bénéficiaire qui n’est pas le sien, en lecture seule', async ({ page }) => {
    await loginToAdmin(page, 'cej-colleague@tremplin.test')
    await page.goto('/admin/beneficiaires')
    const row = page.getByRole('table', { name: 'Liste des bénéficiaires' }).locator('tr', { hasText: 'MICHEL Sarah' })
    await expect(row).toContainText('Lecture seule')
    await row.getByRole('link', { name: 'MICHEL Sarah' }).click()
    await expect(page.getByRole('note')).toContainText('Vous êtes en lecture seule')
    await expect(page.getByRole('button', { name: 'Supprimer ce compte' })).toHaveCount(0)
    await screenshot(page, 'cej-fiche-lecture-seule')
  })
})
