import { expect, test } from '@playwright/test'

import { DEMO_PASSWORD, loginToAdmin, screenshot } from './helpers'

const yearsAgo = (years: number) => {
  const date = new Date()
  date.setFullYear(date.getFullYear() - years)
  return `${String(date.getDate()).padStart(2, '0')}/${String(date.getMonth() + 1).padStart(2, '0')}/${date.getFullYear()}`
}

test.describe('Atouts pour tous : importer de nouveaux étudiants', () => {
  test('le référent établissement dépose un fichier, lit les erreurs de l’aperçu par ligne, importe les lignes valides et suit la progression', async ({ page, request }) => {
    const stamp = Date.now()
    const csv = [
      'Nom;Prénom;Email;Date de naissance;Contact famille;Contact famille téléphone',
      `Garnier;Léo;e2e.import.${stamp}.1@exemple.fr;12/04/2003;;`,
      `Roux;Manon;e2e.import.${stamp}.2@exemple.fr;${yearsAgo(16)};;`,
      `Faure;Hugo;e2e.import.${stamp}.3@exemple.fr;31/02/2005;;`,
      `Blanc;Jade;e2e.import.${stamp}.1@exemple.fr;01/09/2004;;`,
    ].join('\n')

    await loginToAdmin(page, 'establishment-referent@tremplin.test')
    await page.goto('/admin')
    const navLink = page.locator('#nav-placement-import')
    await expect(navLink).toHaveAttribute('href', '/admin/import-candidats')
    await page.goto((await navLink.getAttribute('href'))!)
    await expect(page.locator('h1')).toContainText('Importer des candidats')

    await page.locator('#import-file').setInputFiles({ name: 'cohorte.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') })
    await page.getByRole('button', { name: 'Prévisualiser' }).click()
    const errors = page.locator('#import-errors tbody tr')
    await expect(page.locator('#import-summary')).toContainText('4 ligne(s) lue(s) : 1 candidat(s) à créer, 3 ligne(s) en erreur')
    await expect(errors.filter({ hasText: 'Candidat mineur : le nom du contact familial est obligatoire.' })).toHaveAttribute('data-line', '3')
    await expect(errors.filter({ hasText: 'Date de naissance invalide : « 31/02/2005 »' })).toHaveAttribute('data-line', '4')
    await expect(errors.filter({ hasText: 'figure déjà à la ligne 2' })).toHaveAttribute('data-line', '5')
    await screenshot(page, 'placement-import-apercu-erreurs')

    await page.getByRole('button', { name: 'Importer 1 candidat(s)' }).click()
    await expect(page.locator('[data-status="done"]')).toContainText('1 / 1', { timeout: 60_000 })
    await screenshot(page, 'placement-import-termine')

    // Give back what the test created: the candidate and the import.
    const login = await request.post('/api/users/login', { data: { email: 'super-admin@tremplin.test', password: DEMO_PASSWORD } })
    const auth = { authorization: `JWT ${(await login.json()).token}` }
    const created = (await (await request.get(`/api/accounts?where[email][equals]=e2e.import.${stamp}.1@exemple.fr&depth=0`, { headers: auth })).json()).docs
    expect(created).toHaveLength(1)
    expect(created[0].status).toBe('enabled')
    await request.delete(`/api/accounts/${created[0].id}`, { headers: auth })
    const uploads = (await (await request.get('/api/candidate-imports?where[fileName][equals]=cohorte.csv&depth=0&sort=-updatedAt', { headers: auth })).json()).docs
    for (const doc of uploads) await request.delete(`/api/candidate-imports/${doc.id}`, { headers: auth })
  })
})
