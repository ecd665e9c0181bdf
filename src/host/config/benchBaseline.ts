import type { CollectionConfig, Config, Plugin } from 'payload'

/** The bench's bare collection: registered only when the bench asks (`BENCH_BASELINE=true`). */
export const BENCH_BASELINE_SLUG = 'bench-baseline'

const text = (name: string) => ({ name, type: 'text' as const })

/**
 * What bare Payload costs on this machine (issue #16): ten plain fields, the accounts' rows
 * copied in by the bench, no hooks, no access rules, no relationships; the same index as the
 * scoped accounts list. Listed through the same server as the accounts, it is the yardstick
 * for the referent's list. Never part of the application.
 */
const BenchBaseline: CollectionConfig = {
  slug: BENCH_BASELINE_SLUG,
  access: { read: () => true, create: () => false, update: () => false, delete: () => false },
  indexes: [{ fields: ['structure', 'createdAt'] }],
  admin: { hidden: true },
  fields: [
    { name: 'structure', type: 'number', index: true },
    text('firstName'),
    text('lastName'),
    text('email'),
    text('phone'),
    text('postalCode'),
    text('city'),
    text('status'),
    text('origin'),
    { name: 'birthDate', type: 'date' },
  ],
}

/** Last in the plugin list, so that no other plugin adds its hooks to it. */
export const benchBaselinePlugin =
  (): Plugin =>
  (config: Config): Config =>
    process.env.BENCH_BASELINE === 'true' ? { ...config, collections: [...(config.collections ?? []), BenchBaseline] } : config
