import { expect, test } from '@playwright/test'

import { loginToAdmin, screenshot } from './helpers'

/** Issue 12: the counsellor's day in the admin — a message to two young people at once, then an appointment in « Mon agenda ». */
test.describe('CEJ : messagerie et agenda du conseiller', () => {
  test('le conseiller écrit à deux jeunes en un message, puis prend un rendez-vous qui apparaît dans son agenda', async ({ page }) => {
    const text = `Atelier CV jeudi, venez avec vos questions (${Date.now()})`
    await loginToAdmin(page, 'cej-counsellor@tremplin.test')
    await page.goto('/admin/messagerie')
    const sendBox = page.locator('#messaging-send')
    await expect(sendBox.getByRole('heading', { name: 'Nouveau message' })).toBeVisible()
    await sendBox.getByLabel('Message multi-destinataires').check()
    const recipients = sendBox.getByLabel('Destinataires')
    const names = await recipients.locator('option').allTextContents()
    expect(names.length).toBeGreaterThanOrEqual(2)
    await recipients.selectOption([{ index: 0 }, { index: 1 }])
    await sendBox.getByLabel('Message', { exact: true }).fill(text)
    await screenshot(page, 'cej-messagerie-envoi')
    await sendBox.getByRole('button', { name: 'Envoyer' }).click()

    // One message in each of the two conversations, read back as the counsellor through the API.
    await expect
      .poll(async () => (await (await page.request.get(`/api/messages?where[text][equals]=${encodeURIComponent(text)}&depth=0`)).json()).totalDocs)
      .toBe(2)
    const messages = (await (await page.request.get(`/api/messages?where[text][equals]=${encodeURIComponent(text)}&depth=0`)).json()).docs
    expect(new Set(messages.map((message: { conversation: number }) => message.conversation)).size).toBe(2)
    await page.goto('/admin/messagerie')
    await expect(page.getByText(text).first()).toBeVisible()
    await screenshot(page, 'cej-messagerie')

    // An appointment with the first young person, tomorrow at 10:00, then « Mon agenda » shows it.
    const { docs: followed } = await (await page.request.get('/api/cej/portfolio')).json()
    expect(followed.length).toBeGreaterThan(0)
    const tomorrow = new Date(Date.now() + 86_400_000)
    tomorrow.setUTCHours(9, 0, 0, 0)
    const title = `Point CEJ ${Date.now()}`
    const booked = await page.request.post('/api/appointments', {
      data: { type: 'follow-up', title, modality: 'on-site', startsAt: tomorrow.toISOString(), duration: '00:45', youngPeople: [followed[0].id], visibleToYoungPeople: true, notifyYoungPeople: true },
    })
    expect(booked.status(), await booked.text()).toBe(201)
    const week = tomorrow.toISOString().slice(0, 10)
    await page.goto(`/admin/cej/mon-agenda?week=${week}`)
    await expect(page.getByText(title)).toBeVisible()
    await screenshot(page, 'cej-mon-agenda')
  })
})
