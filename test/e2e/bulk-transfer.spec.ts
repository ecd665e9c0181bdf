import { expect, test } from '@playwright/test'

import { loginToAdmin, screenshot } from './helpers'

/** Seed 003, « Transferts d'éléments »: select young people on every page, pick the new counsellor, watch the progress bar. */
test.describe('Back-office : transferts d’éléments en arrière-plan', () => {
  test('un administrateur sélectionne les jeunes d’un conseiller, les transfère à un autre et suit la barre de progression jusqu’au bout', async ({ page, request }) => {
    const login = await request.post('/api/users/login', { data: { email: 'super-admin@tremplin.test', password: 'Tremplin2026!' } })
    const auth = { authorization: `JWT ${(await login.json()).token}` }
    const admin = (await (await request.get('/api/users?where[email][equals]=admin@tremplin.test&depth=0', { headers: auth })).json()).docs[0]
    const structure = admin.structures[0]
    const stamp = Date.now()
    const counsellor = async (lastName: string) => {
      const created = await request.post('/api/users', {
        headers: auth,
        data: { email: `${lastName.toLowerCase()}.${stamp}@exemple.fr`, password: 'Transfert-2026!', firstName: 'Conseiller', lastName: `${lastName}${stamp}`, roles: ['counsellor'], structures: [structure] },
      })
      expect(created.status()).toBe(201)
      return (await created.json()).doc
    }
    const source = await counsellor('Source')
    const destination = await counsellor('Relais')
    // 30 young people: two pages of the list (20 a page).
    for (let i = 0; i < 30; i++) {
      const created = await request.post('/api/accounts', {
        headers: auth,
        data: { email: `transfert.${stamp}.${i}@exemple.fr`, firstName: 'Jeune', lastName: `Transfert${String(i).padStart(2, '0')}`, structure, referents: [source.id] },
      })
      expect(created.status()).toBe(201)
    }

    await loginToAdmin(page, 'admin@tremplin.test')
    await page.goto(`/admin/transferts?from=${source.id}`)
    await expect(page.getByRole('heading', { name: "Transferts d'éléments" })).toBeVisible()
    await expect(page.locator('#transfer-from')).toHaveValue(String(source.id))
    await expect(page.getByText('30 dossier(s) dans la liste')).toBeVisible()
    await expect(page.locator('table')).toContainText('Transfert00')
    await page.getByLabel('Sélectionner Jeune Transfert00').check()
    await expect(page.locator('#transfer-selected-count')).toHaveText('1 sélectionné(s)')
    await page.locator('#transfer-select-all').check()
    await expect(page.locator('#transfer-selected-count')).toHaveText('30 sélectionné(s)')
    await page.locator('#transfer-to').selectOption({ label: `Conseiller Relais${stamp}` })
    await screenshot(page, 'transferts-selection')

    await page.getByRole('button', { name: 'Lancer le transfert' }).click()
    await expect(page.getByText('Transfert de 30 dossier(s) lancé')).toBeVisible()
    const progress = page.locator('[data-operation]').first().getByRole('progressbar')
    await expect(progress).toHaveAttribute('aria-valuemax', '30')
    await expect(progress).toHaveAttribute('aria-valuenow', '30', { timeout: 60_000 })
    await expect(page.locator('[data-operation]').first()).toHaveAttribute('data-status', 'done')
    await expect(page.locator('[data-operation]').first()).toContainText('Terminée — 30 / 30')
    // The list is read again: the moved young people have left the source counsellor's files.
    await expect(page.getByText('0 dossier(s) dans la liste')).toBeVisible()
    await screenshot(page, 'transferts-progression-terminee')

    // Leave and come back: the operation is still listed, and the young people now follow the new counsellor.
    await page.goto(`/admin/transferts?from=${destination.id}`)
    await expect(page.getByText('30 dossier(s) dans la liste')).toBeVisible()
    await expect(page.getByRole('region', { name: 'Mes opérations groupées' })).toContainText('Changement de conseiller')
    await screenshot(page, 'transferts-retour')
  })
})
