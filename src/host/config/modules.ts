import type { Plugin } from 'payload'

import { ConfigurationError } from './startupChecks'

/**
 * The modules of this deployment: all by default, or the comma-separated list in
 * `TREMPLIN_MODULES` (e.g. `instant-t,forms`; `none` for the core alone). This is the one way to
 * switch a module off, and a module left out contributes nothing: no collections (hence no
 * tables), no fields or hooks on core collections, no endpoints, no jobs, no admin views, no
 * seed. A module has no on/off option of its own. An unknown name stops the start.
 */
export const enabledModules = (modules: Record<string, () => Plugin>): Plugin[] => {
  const wanted = process.env.TREMPLIN_MODULES?.split(',')
    .map((name) => name.trim())
    .filter(Boolean)
  if (!wanted) return Object.values(modules).map((plugin) => plugin())
  const unknown = wanted.filter((name) => name !== 'none' && !(name in modules))
  if (unknown.length)
    throw new ConfigurationError(`TREMPLIN_MODULES : module inconnu « ${unknown.join(', ')} » (modules : ${Object.keys(modules).join(', ')}, ou none).`)
  return Object.entries(modules)
    .filter(([name]) => wanted.includes(name))
    .map(([, plugin]) => plugin())
}
