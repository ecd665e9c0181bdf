import AxeBuilder from '@axe-core/playwright'
import { expect, type APIRequestContext, type Page } from '@playwright/test'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { mailText } from '../helpers/mailText'
import { DEMO_PASSWORD, screenshot } from './helpers'

const MAIL_DIR = '.data/mail-e2e'

/**
 * What the young people's site specs share: axe on a page, the staff side through the API, a
 * young person of the run's own, and the site's login form.
 */

/** axe (RGAA / WCAG 2.1 AA rules) on the page as it is now, 0 violations; a screenshot of every page checked. */
export const checkSitePage = async (page: Page, name: string) => {
  // Next streams the metadata: after a client-side navigation the <title> may land a moment after the page.
  await expect(page).toHaveTitle(/\S/)
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([])
  await screenshot(page, `site-${name}`)
}

/** A demo staff user's token, for what the staff side does through the API during a journey. */
export const staffToken = async (request: APIRequestContext, email: string) => {
  const response = await request.post('/api/users/login', { data: { email, password: DEMO_PASSWORD } })
  expect(response.status()).toBe(200)
  return (await response.json()).token as string
}

/** One API call as `token`, which must succeed; its JSON answer. */
export const call = async (request: APIRequestContext, token: string, method: 'get' | 'post' | 'patch', path: string, data?: unknown) => {
  const response = await request[method](path, { headers: { Authorization: `JWT ${token}` }, ...(data === undefined ? {} : { data }) })
  expect(response.status(), `${method.toUpperCase()} ${path}: ${await response.text()}`).toBeLessThan(300)
  return response.json()
}

export const structureId = async (request: APIRequestContext, token: string, name: string) =>
  (await call(request, token, 'get', `/api/structures?where[name][equals]=${encodeURIComponent(name)}&depth=0`)).docs[0].id as number

/** Letters only, different on each call: a retried test creates a new person, not a known one (409). */
const uniqueLetters = () => `${Date.now()}${Math.floor(Math.random() * 1000)}`.replace(/\d/g, (digit) => 'abcdefghij'[Number(digit)])

/** A young person of the run's own, created by staff as the manuals say (enabled, with the demo password). */
export const newYoungPerson = async (request: APIRequestContext, token: string, data: Record<string, unknown>) => {
  const email = `espace.${Date.now()}.${Math.floor(Math.random() * 1000)}@exemple.fr`
  const created = await call(request, token, 'post', '/api/accounts', { email, password: DEMO_PASSWORD, lastName: `Espacejeune-${uniqueLetters()}`, birthDate: '2004-05-06', ...data })
  return { id: created.doc.id as number, email }
}

/** Logs a young person into the site through its login form, up to their space. */
export const logIn = async (page: Page, email: string, password = DEMO_PASSWORD) => {
  await page.goto('/connexion')
  await page.getByLabel('Adresse e-mail (obligatoire)', { exact: true }).fill(email)
  await page.getByLabel('Mot de passe (obligatoire)', { exact: true }).fill(password)
  await page.getByRole('button', { name: 'Me connecter' }).click()
  await page.waitForURL('**/espace-jeune', { timeout: 30_000 })
}


/** Rich text as the admin's editor stores it: one paragraph. */
export const richText = (text: string) => ({
  root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children: [{ type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, textFormat: 0, children: [{ type: 'text', version: 1, text, detail: 0, format: 0, mode: 'normal', style: '' }] }] },
})

/** The last e-mail to `to` that the browser tests' server caught (test/e2e/server.ts keeps them in `.data/mail-e2e`), decoded. */
export const waitForSiteMail = async (to: string, { contains, timeoutMs = 30_000 }: { contains: string; timeoutMs?: number }) => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const names = existsSync(MAIL_DIR) ? readdirSync(MAIL_DIR).filter((name) => name.endsWith(`-${to}.eml`)).sort().reverse() : []
    for (const name of names) {
      const text = mailText(readFileSync(path.join(MAIL_DIR, name), 'utf8'))
      if (text.includes(contains)) return text
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`Aucun e-mail pour ${to} contenant « ${contains} » en ${timeoutMs} ms`)
}
