import { expect, test } from '@playwright/test'

import { exampleAnswers } from '../../plugins/instant-t/seed/exampleAnswers'
import { loginToAdmin, openRow, screenshot } from './helpers'

test.describe('Back-office : Instant-T', () => {
  test('un référent Instant-T cherche un code, ouvre le résultat, voit le graphique et télécharge le PDF', async ({ page, request }) => {
    // A young person completes the questionnaire on the public site (the manual's example answers).
    const questionnaire = await (await request.get('/api/instant-t/questionnaire')).json()
    const submitted = await request.post('/api/instant-t', { data: { postalCode: '76500', answers: exampleAnswers({ questionnaire, variant: 0 }) } })
    expect(submitted.status()).toBe(201)
    const { code } = (await submitted.json()) as { code: string }

    await loginToAdmin(page, 'referent-instant-t@tremplin.test')
    await page.goto('/admin/collections/instant-t')
    await expect(page.locator('.table')).toBeVisible()
    await page.locator('#search-filter-input').fill(code)
    await expect(page.locator('.table tbody tr')).toHaveCount(1)
    await expect(page.locator('.table')).toContainText('Anonyme')
    await screenshot(page, 'instant-t-recherche-code')

    await openRow(page, code)
    const scores = page.getByTestId('instant-t-scores')
    await expect(scores).toContainText('Emploi')
    await expect(scores).toContainText('11 / 15')
    await expect(scores).toContainText('73 %')
    await expect(scores).toContainText('16 / 18')
    await expect(page.getByTestId('instant-t-chart').locator('rect')).toHaveCount(10)
    await expect(page.getByText('Réponses aux questions')).toBeVisible()
    await screenshot(page, 'instant-t-resultat-graphique')

    const download = page.waitForEvent('download')
    await page.getByTestId('instant-t-pdf').click()
    expect((await download).suggestedFilename()).toBe(`instant-t-${code}.pdf`)
  })
})
