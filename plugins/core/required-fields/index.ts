import type { Config } from 'payload'

import { SLUGS } from '../../../collections/slugs'
import { RequiredFields } from './collection'
import { enforceRequiredFields } from './enforceRequiredFields'

/**
 * « Les champs obligatoires » (seed 003): the `required-fields` rules and their enforcement on
 * young people's records (`accounts`, after the core's own checks).
 */
export const withRequiredFields = (config: Config): Config => ({
  ...config,
  collections: [
    ...(config.collections ?? []).map((collection) =>
      collection.slug === SLUGS.accounts
        ? { ...collection, hooks: { ...collection.hooks, beforeValidate: [...(collection.hooks?.beforeValidate ?? []), enforceRequiredFields] } }
        : collection,
    ),
    RequiredFields,
  ],
})
