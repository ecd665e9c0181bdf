import { expect, type Page } from '@playwright/test'

export const DEMO_PASSWORD = process.env.DEMO_PASSWORD ?? 'Tremplin2026!'

/** Logs a demo staff user into the admin through its login form. */
export const loginToAdmin = async (page: Page, email: string) => {
  await page.goto('/admin/login')
  await page.locator('input[name="email"]').fill(email)
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 60_000 })
  await expect(page.locator('nav').first()).toBeVisible()
}

/** Saves a full-page screenshot under test-results/ once the network is idle. */
export const screenshot = async (page: Page, name: string) => {
  await page.waitForLoadState('networkidle')
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true })
}

/** Opens the document of the list row holding `text` through its link (the row's first cell). */
export const openRow = async (page: Page, text: string) => {
  const row = page.locator('.table tbody tr', { hasText: text }).first()
  await expect(row).toBeVisible()
  const href = await row.locator('a[href*="/admin/collections/"]').first().getAttribute('href')
  await page.goto(href!)
}
