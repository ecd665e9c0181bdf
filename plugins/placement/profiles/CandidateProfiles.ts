import type { CollectionConfig, Field } from 'payload'

import { anyOf } from '../../../src/kernel/access'
import { GROUPS } from '../../../collections/slugs'
import { establishmentWorkersFollowing, hiddenOutsidePlacement, ownedByCandidateProfile } from '../access'
import { PLACEMENT_SLUGS } from '../slugs'
import { accountOfProfile } from '../../../src/kernel/profiles/accountOfProfile'

/**
 * The establishment's staff reach a profile while their establishment follows its young person
 * through an open programme (the follow-up by the structure of first contact, or an Atouts
 * programme; issue 18): a transfer or a closed programme moves or ends it, nothing to copy.
 */
const establishmentStaff = establishmentWorkersFollowing('account')
const candidateOrEstablishmentStaff = anyOf(ownedByCandidateProfile, establishmentStaff)

/** The candidate file of seed 004 (« Consulter le dossier d'un candidat »), as it was on `accounts`. */
export const candidateProfileFields: Field[] = [
  {
    type: 'row',
    fields: [
      { name: 'secondaryEmail', type: 'email', label: { fr: 'E-mail complémentaire', en: 'Secondary e-mail' } },
      { name: 'nationality', type: 'text', maxLength: 100, label: { fr: 'Nationalité', en: 'Nationality' } },
    ],
  },
  {
    type: 'row',
    fields: [
      { name: 'training', type: 'text', maxLength: 200, label: { fr: 'Formation', en: 'Training' } },
      { name: 'diploma', type: 'text', maxLength: 200, label: { fr: 'Diplôme', en: 'Diploma' } },
      { name: 'diplomaYear', type: 'number', min: 1950, max: 2100, label: { fr: 'Année diplôme', en: 'Diploma year' } },
    ],
  },
  {
    type: 'row',
    fields: [
      { name: 'rqthRequested', type: 'checkbox', label: { fr: 'Demande RQTH en cours', en: 'RQTH requested' } },
      { name: 'rqth', type: 'checkbox', label: { fr: 'RQTH', en: 'RQTH' } },
      { name: 'internship', type: 'checkbox', label: { fr: 'Stage', en: 'Internship' } },
    ],
  },
  { name: 'project', type: 'textarea', maxLength: 3000, label: { fr: 'Projet', en: 'Project' } },
]

/**
 * The placement module's own part of a young person, one-to-one with the account (issue #16,
 * lean accounts): the core's `accounts` carries no Atouts field, so a Mission Locale's list never
 * reads them and a deployment without placement has none. Confidential: read and written by the
 * candidate and the staff of their establishment only, never by an employer (one decision for
 * the whole document, where three fields of `accounts` each asked it). Created by the module when
 * an account is created in an establishment (../accounts/createCandidateProfile.ts).
 */
export const CandidateProfiles: CollectionConfig = {
  slug: PLACEMENT_SLUGS.candidateProfiles,
  labels: { singular: { fr: 'Dossier candidat', en: 'Candidate file' }, plural: { fr: 'Dossiers candidats', en: 'Candidate files' } },
  admin: {
    group: GROUPS.placement,
    defaultColumns: ['account', 'training', 'diploma', 'updatedAt'],
    enableListViewSelectAPI: true,
    hidden: hiddenOutsidePlacement,
    description: { fr: 'Ces informations ne sont jamais transmises aux employeurs.', en: 'Never shared with employers.' },
  },
  access: {
    read: candidateOrEstablishmentStaff,
    create: () => false,
    update: candidateOrEstablishmentStaff,
    delete: () => false,
  },
  fields: [
    accountOfProfile({ fr: 'Candidat', en: 'Candidate' }),
    ...candidateProfileFields,
  ],
}
