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

    // An appointment with the first young person, tomorrow at 10:00, then « Mon agenda » shows it.
    const { docs: followed } = await (await request.get('/api/cej/portfolio', { headers })).json()
    expect(followed.length).toBeGreaterThan(0)
    const tomorrow = new Date(Date.now() + 86_400_000)
    tomorrow.setUTCHours(9, 0, 0, 0)
    const title = `Point CEJ ${Date.now()}`
    const booked = await request.post('/api/appointments', {
      headers,
      data: { type: 'follow-up', title, modality: 'on-site', startsAt: tomorrow.toISOString(), duration: '00:45', youngPeople: [followed[0].id], visibleToYoungPeople: true, notifyYoungPeople: true },
    })
    expect(booked.status(), await booked.text()).toBe(201)
    const week = tomorrow.toISOString().slice(0, 10)
    await page.goto(`/admin/cej/mon-agenda?week=${week}`)
    await expect(page.getByText(title)).toBeVisible()
    await screenshot(page, 'cej-mon-agenda')
  })
})
