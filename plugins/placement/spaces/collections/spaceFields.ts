import type { Field } from 'payload'

import { SLUGS } from '../../../../collections/slugs'
import { PLACEMENT_SLUGS } from '../../slugs'

/** The space a message, document or event belongs to: chosen at creation, never moved. */
export const spaceField: Field = {
  name: 'space',
  type: 'relationship',
  relationTo: PLACEMENT_SLUGS.sharedSpaces,
  required: true,
  index: true,
  label: { fr: 'Espace collaboratif', en: 'Shared space' },
  access: { update: () => false },
}

/** Who wrote, uploaded or planned it: set by the server (`requireSpaceMember`). */
export const authorField = (name: string, fr: string): Field => ({
  name,
  type: 'relationship',
  relationTo: SLUGS.users,
  index: true,
  label: { fr, en: 'Author' },
  access: { create: () => false, update: () => false },
  admin: { position: 'sidebar', readOnly: true },
})
