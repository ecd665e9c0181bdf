import type { PlacementPluginOptions } from './types'

export const PLACEMENT_DEFAULTS: Required<PlacementPluginOptions> = { directory: true, seed: true }
