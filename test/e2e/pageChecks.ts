import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'

import { ROLES } from '../../src/kernel/access/roles'
import { STRUCTURE_TYPES } from '../../plugins/core/collections/structures/types'
import { accountLifecycle } from '../../workflows/account/machine'
import { appointmentLifecycle } from '../../workflows/appointment/machine'
import { bilanPhaseLifecycle } from '../../workflows/bilan-phase/machine'
import { candidatureLifecycle } from '../../workflows/candidature/machine'
import { parrainageLifecycle } from '../../workflows/parrainage/machine'
import { reassignmentLifecycle } from '../../workflows/reassignment/machine'
import { sessionLifecycle } from '../../workflows/session/machine'
import { userLifecycle } from '../../workflows/user/machine'

/**
 * What a person must never read on a page (issue 15): the one place these rules live.
 * Each rule returns the offending strings found in the visible text.
 */
const lifecycles = [accountLifecycle, appointmentLifecycle, bilanPhaseLifecycle, candidatureLifecycle, parrainageLifecycle, reassignmentLifecycle, sessionLifecycle, userLifecycle]

/** Stored values and identifiers: states, events, roles, structure types (« active » is French too). */
const RAW_SLUGS = new Set<string>([
  ...lifecycles.flatMap((lifecycle) => [...Object.keys(lifecycle.states), ...Object.keys(lifecycle.events)]),
  ...ROLES.filter((role) => role.includes('-')),
  ...Object.keys(STRUCTURE_TYPES).filter((type) => type.includes('-')),
])
RAW_SLUGS.delete('active')

/** Payload's English strings seen when a translation is missing. */
const ENGLISH = ['Create New', 'Per Page', 'Filters', 'Columns', 'Search by', 'No results', 'Untitled', 'Select all', 'Log out', 'Created At', 'Updated At', 'Loading...', 'Dashboard', 'Save', 'Cancel', 'Status']

const EMAIL = /[\w.+-]+@[\w-]+\.[\w.-]+/g

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

export const TEXT_RULES: Record<string, (text: string) => string[]> = {
  // E-mail addresses are left out: demo ones hold role slugs (referent-accounts@…); the e-mail rule judges them.
  'slug brut': (text) => [...new Set(text.replace(EMAIL, ' ').match(/[A-Za-z][A-Za-z-]*[A-Za-z]/g) ?? [])].filter((word) => RAW_SLUGS.has(word)),
  'vrai/faux': (text) => text.match(/\b(vrai|faux|true|false)\b/gi) ?? [],
  anglais: (text) => ENGLISH.filter((phrase) => new RegExp(`(^|[^\\p{L}])${escape(phrase)}([^\\p{L}]|$)`, 'u').test(text)),
}

/** Where a person is named (relationships, links, titles, history): an e-mail there stands for a name. */
const NAME_PLACES = 'a, h1, .rs__single-value, .rs__multi-value__label, .relationship-cell, .tremplin-history, .doc-header__title, .tremplin-work-list, #placement-cohort'

/** Offending strings on the page, by rule; empty when the page reads right. */
export const scanPageText = async (page: Page): Promise<Record<string, string[]>> => {
  const text = await page.locator('body').innerText()
  const found: Record<string, string[]> = {}
  for (const [rule, check] of Object.entries(TEXT_RULES)) {
    const hits = check(text)
    if (hits.length > 0) found[rule] = hits
  }
  const names = (await page.locator(NAME_PLACES).allInnerTexts()).join('\n')
  const emails = names.match(EMAIL) ?? []
  if (emails.length > 0) found['e-mail au lieu du nom'] = [...new Set(emails)]
  return found
}

/** Our own markup: dashboards' blocks, quick filters, the status panel, badges, custom views. */
export const OUR_COMPONENTS = ['#work-list', '.tremplin-quick-filters', '.tremplin-lifecycle', '#placement-cohort', '.tremplin-badge', '.tremplin-view']

/**
 * Violations of Payload's own markup that our configuration cannot fix, to report upstream (the
 * README lists them, « Accessibilité de l’admin »): a rule and the elements it may hit. A
 * violation passes only when every element it names matches; any other fails.
 */
export const UPSTREAM: { rule: string; element: RegExp; what: string }[] = [
  { rule: 'label', element: /react-select-.*-input|\.rs__input/, what: 'champ de recherche des listes déroulantes (react-select) sans étiquette' },
  { rule: 'label', element: /^#_R_/, what: 'case à cocher de sélection des lignes des listes (SelectRow / SelectAll) sans étiquette' },
  { rule: 'label', element: /^input\[value=|react-datepicker/, what: 'saisie de date (react-datepicker) sans étiquette reliée' },
  { rule: 'aria-hidden-focus', element: /dropdown-indicator|clear-indicator/, what: 'indicateurs des listes déroulantes aria-hidden mais focalisables' },
  { rule: 'button-name', element: /popup-button|date-time-picker__clear-button|drawer-link__doc-drawer-toggler/, what: 'boutons-icônes sans nom (menu « … », effacer la date, ouvrir le document lié dans un tiroir)' },
  { rule: 'list', element: /doc-tabs__tabs/, what: 'onglets du document : <ul> aux enfants qui ne sont pas des <li>' },
  { rule: 'nested-interactive', element: /rs__multi-value|^div\[aria-describedby="_R_/, what: 'valeurs d’une liste déroulante multiple : contrôle interactif imbriqué' },
  { rule: 'aria-command-name', element: /collapsible__drag/, what: 'poignée de glisser-déposer des lignes d’un tableau (array) sans nom' },
  { rule: 'aria-input-field-name', element: /ContentEditable__root/, what: 'zone de saisie de l’éditeur de texte riche (Lexical) sans nom accessible' },
  { rule: 'color-contrast', element: /array-field__add-row/, what: 'bouton « Ajouter » d’un tableau (array) : contraste insuffisant' },
]

const isUpstream = (violation: { id: string; nodes: { target: unknown[] }[] }) =>
  violation.nodes.every((node) => {
    const target = node.target.map(String).join(' ')
    return UPSTREAM.some((known) => known.rule === violation.id && known.element.test(target))
  })

/** axe (WCAG 2.1 AA) on the page: none in our components, none but the documented upstream ones elsewhere. */
export const checkAccessibility = async (page: Page, name: string) => {
  const ours: string[] = []
  for (const selector of OUR_COMPONENTS) if ((await page.locator(selector).count()) > 0) ours.push(selector)
  const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']
  if (ours.length > 0) {
    const { violations } = await new AxeBuilder({ page }).withTags(tags).include(ours).analyze()
    expect.soft(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), `axe dans nos composants (${name})`).toEqual([])
  }
  const { violations } = await new AxeBuilder({ page }).withTags(tags).analyze()
  const unexpected = violations.filter((v) => !isUpstream(v))
  expect.soft(unexpected.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`), `axe sur la page (${name})`).toEqual([])
}

/**
 * Every page of a journey: the text scanner, then axe. `screenshot` saves a small PNG under
 * docs/screenshots/ (committed, linked from the README).
 */
export const checkPage = async (page: Page, name: string, { screenshot = false } = {}) => {
  await page.waitForLoadState('networkidle')
  expect.soft(await scanPageText(page), `texte de la page (${name})`).toEqual({})
  await checkAccessibility(page, name)
  if (screenshot) await page.screenshot({ path: `docs/screenshots/${name}.png` })
}
