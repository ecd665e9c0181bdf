import type { Plugin } from 'payload'

/**
 * The modules of this deployment: all by default, or the comma-separated list in
 * `TREMPLIN_MODULES` (e.g. `instant-t,forms`; `none` for the core alone). Each module's
 * collections and tables exist only when it is enabled: a deployment that leaves one out
 * generates its own migrations.
 */
export const enabledModules = (modules: Record<string, () => Plugin>): Plugin[] => {
  const wanted = process.env.TREMPLIN_MODULES?.split(',').map((name) => name.trim())
  return Object.entries(modules)
    .filter(([name]) => !wanted || wanted.includes(name))
    .map(([, plugin]) => plugin())
}
