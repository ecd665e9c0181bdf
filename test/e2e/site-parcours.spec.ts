import { expect, test, type APIRequestContext } from '@playwright/test'

import { call, checkSitePage, logIn, newYoungPerson, staffToken, structureId } from './siteHelpers'

/**
 * « Mon parcours » (issue 18), from the young person's side: the programmes that follow them,
 * from two Missions Locales, and their consent to sharing, given then withdrawn on the page. What
 * the consent changes is seen from the other structure: a counsellor of Caen meeting the person
 * learns their name and who follows them only while the consent stands.
 */
test.describe('Mon parcours, côté jeune', () => {
  test('le jeune voit ses dispositifs de Rouen et de Caen, partage son parcours puis retire son consentement ; Caen ne lit son nom que pendant le partage', async ({ page, request }) => {
    const rouenToken = await staffToken(request, 'referent-accounts@tremplin.test')
    const caenToken = await staffToken(request, 'referent-accounts-caen@tremplin.test')
    const rouen = await structureId(request, rouenToken, 'Mission Locale de Rouen')
    const young = await newYoungPerson(request, rouenToken, { firstName: 'Élise', structure: rouen })
    await call(request, caenToken, 'post', '/api/accounts/open-programme', { email: young.email, kind: 'pacea' })

    await logIn(page, young.email)
    await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Mon parcours' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mon parcours')
    const programmes = page.getByRole('region', { name: 'Mes dispositifs' })
    await expect(programmes.getByRole('row').filter({ hasText: 'Mission Locale de Rouen' })).toHaveCount(1)
    await expect(programmes.getByRole('row').filter({ hasText: 'Mission Locale de Caen' })).toContainText('PACEA')
    await expect(page.getByRole('region', { name: 'Les étapes' }).getByRole('listitem').first()).toBeVisible()
    await expect(page.getByRole('region', { name: 'Partager mon parcours' })).toContainText('Chaque structure qui me suit ne voit que son propre dispositif.')
    expect(await sharedWithCaen(request, caenToken, young.email)).toBeNull()
    await checkSitePage(page, 'parcours')

    await page.getByRole('button', { name: 'Partager mon parcours avec les structures qui me suivent' }).click()
    const sharing = page.getByRole('region', { name: 'Partager mon parcours' })
    await expect(sharing.getByRole('status')).toHaveText('Votre consentement est enregistré.')
    await expect(sharing).toContainText('Les structures qui me suivent voient mon identité')
    await expect(sharing.getByRole('listitem')).toHaveText([/consentement donné/])
    const shared = await sharedWithCaen(request, caenToken, young.email)
    expect(shared?.name).toContain('Élise')
    expect(shared?.followedBy).toEqual(expect.arrayContaining(['Mission Locale de Rouen', 'Mission Locale de Caen']))

    await page.getByRole('button', { name: 'Retirer mon consentement' }).click()
    await expect(sharing.getByRole('status')).toHaveText('Votre consentement est retiré.')
    await expect(sharing.getByRole('listitem')).toHaveText([/consentement (donné|retiré)/, /consentement (donné|retiré)/])
    await expect(sharing.getByRole('listitem').filter({ hasText: 'consentement retiré' })).toHaveCount(1)
    expect(await sharedWithCaen(request, caenToken, young.email)).toBeNull()
  })
})

/** What a counsellor of Caen learns of the person when meeting them again (the 409 proposal). */
const sharedWithCaen = async (request: APIRequestContext, token: string, email: string) => {
  const response = await request.post('/api/accounts/known-person', { headers: { Authorization: `JWT ${token}` }, data: { email } })
  expect(response.status()).toBe(409)
  return ((await response.json()).proposal?.shared ?? null) as { name: string; followedBy: string[] } | null
}
