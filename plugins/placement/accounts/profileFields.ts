import type { Field } from 'payload'

import { staffField } from '../../../src/kernel/access'

const COMPONENTS = '/plugins/placement/components'

/**
 * What placement adds to the core's `accounts`, no column among them: the candidate file itself
 * lives in `candidate-profiles` (../profiles/CandidateProfiles.ts).
 */
export const candidateAccountFields: Field[] = [
  {
    name: 'iAmReferent',
    type: 'checkbox',
    virtual: true,
    label: { fr: 'Je suis son référent établissement', en: 'I am their establishment referent' },
    access: { create: staffField, update: staffField },
    // Payload makes a virtual field read-only in the admin unless told otherwise: this one is ticked.
    admin: { position: 'sidebar', readOnly: false, description: { fr: 'Vous ajoute à ses référents.', en: 'Adds you to the referents.' } },
  },
  {
    // Shown on the account's page (a component, not a join field: a join would be read with every account of every list).
    name: 'candidateProfilePanel',
    type: 'ui',
    label: { fr: 'Dossier candidat (confidentiel)', en: 'Candidate file (confidential)' },
    admin: { components: { Field: `${COMPONENTS}/CandidateProfilePanel#CandidateProfilePanel` } },
  },
]
