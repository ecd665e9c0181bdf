import { expect, test } from '@playwright/test'

import { DEMO_PASSWORD, loginToAdmin, screenshot } from './helpers'

/** Issue 12: the counsellor's day in the admin — a message to two young people at once, then an appointment in « Mon agenda ». */
test.describe('CEJ : messagerie et agenda du conseiller', () => {
  test('le conseiller écrit à deux jeunes en un message, puis prend un rendez-vous qui apparaît dans son agenda', async ({ page, request }) => {
    const text = `Atelier CV jeudi, venez avec vos questions (${Date.now()})`
    // The API checks below carry the counsellor's token: Payload ignores an admin cookie on a request without an Origin (CSRF).
    const login = await request.post('/api/users/login', { data: { email: 'cej-counsellor@tremplin.test', password: DEMO_PASSWORD } })
    const headers = { Authorization: `JWT ${(await login.json()).token}` }
    await loginToAdmin(page, 'cej-counsellor@tremplin.test')
    await page.goto('/admin/messagerie')
    const sendBox = page.locator('#messaging-send')
    await expect(sendBox.getByRole('heading', { name: 'Nouveau message' })).toBeVisible()
    await sendBox.getByLabel('Message multi-destinataires').check()
    const recipients = sendBox.locator('select[multiple]')
    const names = await recipients.locator('option').allTextContents()
    expect(names.length).toBeGreaterThanOrEqual(2)
    await recipients.selectOption([{ index: 0 }, { index: 1 }])
    await sendBox.getByLabel('Message', { exact: true }).fill(text)
    await screenshot(page, 'cej-messagerie-envoi')
    await sendBox.getByRole('button', { name: 'Envoyer' }).click()

    // One message in each of the two conversations, read back as the counsellor through the API.
    await expect
      .poll(async () => (await (await request.get(`/api/messages?where[text][equals]=${encodeURIComponent(text)}&depth=0`, { headers })).json()).totalDocs)
      .toBe(2)
    const messages = (await (await request.get(`/api/messages?where[text][equals]=${encodeURIComponent(text)}&depth=0`, { headers })).json()).docs
    expect(new Set(messages.map((message: { conversation: number }) => message.conversation)).size).toBe(2)
    await page.goto('/admin/messagerie')
    await expect(page.getByText(text).first()).toBeVisible()
    await screenshot(page, 'cej-messagerie')

    // An appointment with the first young person, tomorrow at 10:00, booked through the admin's form; then « Mon agenda » shows it.
    const { docs: followed } = await (await request.get('/api/cej/portfolio', { headers })).json()
    expect(followed.length).toBeGreaterThan(0)
    const tomorrow = new Date(Date.now() + 86_400_000)
    const day = `${String(tomorrow.getDate()).padStart(2, '0')}/${String(tomorrow.getMonth() + 1).padStart(2, '0')}/${tomorrow.getFullYear()}`
    const title = `Point CEJ ${Date.now()}`
    await page.goto('/admin/collections/appointments/create')
    await page.locator('#field-title').fill(title)
    await page.locator('#field-startsAt input').fill(`${day} 10:00`)
    await page.locator('#field-startsAt input').press('Enter')
    await page.locator('#field-duration').fill('00:45')
    // The first young person of the list (a search by name also works: withPersonTitle rewrites it to first or last name).
    await page.locator('#field-youngPeople .rs__control').click()
    await page.locator('.rs__option').first().click()
    await page.locator('#field-structure .rs__control').click()
    await page.locator('.rs__option', { hasText: 'Rouen' }).first().click()
    await screenshot(page, 'cej-rendez-vous-formulaire')
    await page.locator('#action-save').click()
    await expect(page.locator('.payload-toast-container')).toContainText('Rendez-vous : création enregistrée.')
    await expect
      .poll(async () => (await (await request.get(`/api/appointments?where[title][equals]=${encodeURIComponent(title)}&depth=0`, { headers })).json()).docs)
      .toHaveLength(1)
    const [appointment] = (await (await request.get(`/api/appointments?where[title][equals]=${encodeURIComponent(title)}&depth=0`, { headers })).json()).docs
    expect(appointment).toMatchObject({ duration: '00:45', status: 'planned' })
    expect(appointment.youngPeople).toHaveLength(1)
    expect(new Date(appointment.startsAt).getHours()).toBe(10)
    const week = new Date(appointment.startsAt).toISOString().slice(0, 10)
    await page.goto(`/admin/cej/mon-agenda?week=${week}`)
    await expect(page.getByText(title)).toBeVisible()
    await screenshot(page, 'cej-mon-agenda')
  })
})

/** Issue 12, « Le module de réaffectation »: the admin screen over POST /api/reassignments/reassign. */
test.describe('CEJ : réaffectation depuis l’administration', () => {
  test('le conseiller confie temporairement un de ses bénéficiaires à son collègue, puis le récupère', async ({ page, request }) => {
    const login = await request.post('/api/users/login', { data: { email: 'cej-counsellor@tremplin.test', password: DEMO_PASSWORD } })
    const { token, user } = await login.json()
    const headers = { Authorization: `JWT ${token}` }
    const { docs: followed } = await (await request.get('/api/cej/portfolio', { headers })).json()
    const young = followed[followed.length - 1] as { id: number; firstName: string; lastName: string }
    const colleague = (await (await request.get('/api/users?where[email][equals]=cej-colleague@tremplin.test&depth=0', { headers })).json()).docs[0]
    const until = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10)

    await loginToAdmin(page, 'cej-counsellor@tremplin.test')
    await page.goto('/admin/cej/reaffectation')
    await expect(page.getByRole('heading', { name: 'Réaffecter des bénéficiaires' })).toBeVisible()
    await expect(page.locator('#reassign-from')).toHaveValue(String(user.id))
    await page.getByLabel(`Réaffecter ${young.firstName} ${young.lastName}`).check()
    await expect(page.locator('#reassign-count')).toHaveText('1 bénéficiaire(s) sélectionné(s)')
    await page.locator('#reassign-to').selectOption(String(colleague.id))
    await page.locator('#reassign-ends-at').fill(until)
    await screenshot(page, 'cej-reaffectation-formulaire')
    await page.locator('#reassign-submit').click()
    await expect(page.locator('p[role="status"]')).toContainText('Réaffectation enregistrée : 1 bénéficiaire(s).')
    await expect(page.locator('[data-operation]')).toHaveAttribute('data-status', 'done')
    await screenshot(page, 'cej-reaffectation')

    // The young person is now followed by the colleague, until that date; the counsellor history lists it.
    const account = await (await request.get(`/api/accounts/${young.id}?depth=0`, { headers })).json()
    expect(account.referents).toContain(colleague.id)
    expect(account.referents).not.toContain(user.id)
    const { docs: history } = await (await request.get(`/api/reassignments?where[accounts][in]=${young.id}&sort=-createdAt&depth=0`, { headers })).json()
    expect(history[0]).toMatchObject({ type: 'temporary', from: user.id, to: colleague.id, status: 'in-progress' })

    // Given back (the other browser tests count on the demo portfolio): END returns them.
    const ended = await request.post(`/api/reassignments/${history[0].id}/transitions`, { headers, data: { event: 'END' } })
    expect(ended.status(), await ended.text()).toBe(200)
    await expect
      .poll(async () => (await (await request.get(`/api/accounts/${young.id}?depth=0`, { headers })).json()).referents)
      .toContain(user.id)
  })
})
