import type { Config, Payload, PayloadRequest } from 'payload'

/** A step of the demo data; `ids` maps the seed's structure keys (e.g. `ml-rouen`) to ids. */
export type SeedStep = (args: { payload: Payload; req: PayloadRequest; ids: Map<string, number> }) => Promise<void>

/** Modules add their demo data through the config, so a plugin left out seeds nothing. */
export const withSeedStep = (config: Config, step: SeedStep): Config => ({
  ...config,
  custom: { ...config.custom, seedSteps: [...((config.custom?.seedSteps as SeedStep[] | undefined) ?? []), step] },
})

export const seedStepsOf = (payload: Payload): SeedStep[] => (payload.config.custom?.seedSteps as SeedStep[] | undefined) ?? []
