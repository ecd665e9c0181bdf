import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

/**
 * The dependency rules of the layout (STYLE.md §5, issue 11 point 2), checked on every import and
 * export-from of the source (type-only and dynamic imports included):
 * - `workflows/` holds pure machines: it imports `xstate` and `workflows/` itself, nothing else
 *   (no Payload, no `src/`, no plugin). Its specs are tests and may import vitest and test helpers.
 * - plugins stand on the kernel (`src/kernel`), never on the host (`src/host`, `payload.config`).
 * - the kernel stands on nothing of the project but itself and the generated types: no host, no
 *   module, no config.
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

/** The host: what starts processes and composes the configuration. Only the host and tests stand on it. */
const HOST = [/^src\/host(\/|$)/, /^payload\.config(\.ts|$)/]
const MODULES = /^plugins(\/|$)/

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
    expect(refused).toEqual([])
  })

  it('le noyau (src/kernel) n’importe ni l’hôte, ni les modules, ni la configuration', () => {
    const kernel = sourceFiles('src/kernel')
    expect(kernel.length).toBeGreaterThan(0)
    const refused = violations(kernel, (_file, to) => to.inProject && (HOST.some((pattern) => pattern.test(to.path)) || MODULES.test(to.path) || to.path.startsWith('collections')))
    expect(refused).toEqual([])
  })

  it('le client typé (src/client) ne tire ni l’hôte ni le noyau : un site extérieur le prend seul', () => {
    const client = sourceFiles('src/client')
    expect(client.length).toBeGreaterThan(0)
    const refused = violations(client, (_file, to) => to.inProject && (HOST.some((pattern) => pattern.test(to.path)) || to.path.startsWith(`src${path.sep}kernel`)))
    expect(refused).toEqual([])
  })

  it('l’API REST et GraphQL n’a qu’un montage, celui d’express (src/host/server/apiRoutes.ts) : aucune route Next ne la sert en double', () => {
    const apiRoutes = sourceFiles('src/app').filter((file) => /\/api\//.test(file.split(path.sep).join('/')) && /route\.tsx?$/.test(file))
    expect(apiRoutes.map((file) => file.split(path.sep).join('/'))).toEqual(['src/app/(payload)/api/graphql-playground/route.ts'])
  })
})
