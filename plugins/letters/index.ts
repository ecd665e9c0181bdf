import type { Config, Plugin } from 'payload'

import { SLUGS } from '../../collections/slugs'
import { addAdminComponents } from '../../src/kernel/admin/addAdminComponents'
import { withBulkKinds } from '../../src/kernel/bulk'
import { GeneratedLetters } from './collections/generatedLetters'
import { LetterTemplates } from './collections/letterTemplates'
import { letterBatchKind } from './operations/letters'
import { LETTERS_PATH } from './slugs'
import { withStructureLogo } from './structureLogo'

const COMPONENTS = '/plugins/letters/components'

/** The young person's page gains « Courriers » (one letter as PDF from a template). */
const withLetterPanel = (collection: NonNullable<Config['collections']>[number]) => ({
  ...collection,
  fields: [
    ...collection.fields,
    {
      name: 'letters',
      type: 'ui' as const,
      label: { fr: 'Courriers', en: 'Letters' },
      admin: { position: 'sidebar' as const, components: { Field: `${COMPONENTS}/LetterPanel#LetterPanel` } },
    },
  ],
})

/**
 * Letters (seed 003, « Les éditions »): templates with merge fields kept by a structure's
 * administrators, one letter as PDF from a young person's page, or a batch for a selection
 * (a ZIP of one PDF each, or one merged PDF) run as a bulk operation with progress. The
 * structures gain their logo. A deployment leaves it out by not listing `letters`.
 */
export const lettersPlugin =
  (): Plugin =>
  (config: Config): Config =>
    withBulkKinds(
      {
        ...config,
        collections: [
          ...(config.collections ?? []).map((collection) =>
            collection.slug === SLUGS.structures ? withStructureLogo(collection) : collection.slug === SLUGS.accounts ? withLetterPanel(collection) : collection,
          ),
          LetterTemplates,
          GeneratedLetters,
        ],
        admin: addAdminComponents({
          admin: config.admin,
          views: { lettersBatch: { Component: `${COMPONENTS}/LettersView#LettersView`, path: LETTERS_PATH, exact: true } },
          afterNavLinks: [`${COMPONENTS}/LettersNavLink#LettersNavLink`],
        }),
      },
      [letterBatchKind],
    )
