import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

/**
 * The dependency rules of the layout (STYLE.md §5, issue 11 point 2), checked on every import and
 * export-from of the source (type-only and dynamic imports included):
 * - `workflows/` holds pure machines: it imports `xstate` and `workflows/` itself, nothing else
 *   (no Payload, no `src/`, no plugin). Its specs are tests and may import vitest and test helpers.
 * - plugins stand on the kernel, never on the host: no `src/server*`, `src/seed/*`,
 *   `src/config/modules*`, `src/worker*`, `payload.config`.
 */
const root = path.resolve(import.meta.dirname, '../..')

const sourceFiles = (folder: string): string[] =>
  readdirSync(path.join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file) && !file.split(path.sep).includes('node_modules'))
    .map((file) => path.join(folder, file))

/** Every module a file imports, as written (`ts.preProcessFile` reads import, export-from, import() and require). */
const importsOf = (file: string): string[] =>
  ts.preProcessFile(readFileSync(path.join(root, file), 'utf8'), true, true).importedFiles.map((imported) => imported.fileName)

/** A specifier as a path from the project root when it points into the project, otherwise the package name. */
const target = (file: string, specifier: string): { inProject: boolean; path: string } => {
  if (specifier.startsWith('.')) return { inProject: true, path: path.relative(root, path.resolve(root, path.dirname(file), specifier)) }
  if (specifier === '@payload-config') return { inProject: true, path: 'payload.config' }
  if (specifier.startsWith('@/')) return { inProject: true, path: path.join('src', specifier.slice(2)) }
  return { inProject: false, path: specifier }
}

type Violation = `${string} → ${string}`

const violations = (files: string[], isRefused: (file: string, to: { inProject: boolean; path: string }) => boolean): Violation[] =>
  files.flatMap((file) => importsOf(file).filter((specifier) => isRefused(file, target(file, specifier))).map((specifier): Violation => `${file} → ${specifier}`))

const HOST = [/^src\/server(\.ts|\/|$)/, /^src\/seed(\/|$)/, /^src\/config\/modules(\.ts|$)/, /^src\/worker(\.ts|\/|$)/, /^payload\.config(\.ts|$)/]

/**
 * Known imports of the host by modules, left to the kernel/host split (issue 11 point 2, done in
 * another change): the modules register their demo data through the host's seed runner. Remove a
 * line when its import goes; add none.
 */
const PLUGINS_TO_HOST_ALLOWED: Violation[] = [
  'plugins/bilan/index.ts → ../../src/seed/steps',
  'plugins/core/index.ts → ../../src/seed/steps',
  'plugins/core/seed/seedCore.ts → ../../../src/seed/steps',
  'plugins/bilan/seed/seedBilan.ts → ../../../src/seed/steps',
  'plugins/cej/index.ts → ../../src/seed/steps',
  'plugins/cej/seed/seedCej.ts → ../../../src/seed/steps',
  'plugins/instant-t/index.ts → ../../src/seed/steps',
  'plugins/instant-t/seed/seedInstantT.ts → ../../../src/seed/steps',
  'plugins/placement/index.ts → ../../src/seed/steps',
  'plugins/placement/seed/seedPlacement.ts → ../../../src/seed/steps',
]

describe("Règles d'import", () => {
  it('workflows/ n’importe que xstate et workflows/ (ni Payload, ni src/, ni plugins/)', () => {
    const machines = sourceFiles('workflows').filter((file) => !file.endsWith('.spec.ts'))
    expect(machines.length).toBeGreaterThan(0)
    const refused = violations(machines, (_file, to) => (to.inProject ? !to.path.startsWith(`workflows${path.sep}`) : to.path !== 'xstate'))
    expect(refused).toEqual([])
  })

  it('les plugins n’importent rien de l’hôte (serveur, seed, choix des modules, worker, payload.config)', () => {
    const plugins = sourceFiles('plugins')
    expect(plugins.length).toBeGreaterThan(0)
    const refused = violations(plugins, (_file, to) => to.inProject && HOST.some((pattern) => pattern.test(to.path)))
    expect(refused.filter((violation) => !PLUGINS_TO_HOST_ALLOWED.includes(violation))).toEqual([])
  })
})
