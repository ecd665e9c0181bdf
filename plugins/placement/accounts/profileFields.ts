import type { Field } from 'payload'

import { staffField } from '../../../src/kernel/access'
import { hiddenFromEmployers } from '../access'

/**
 * The candidate file of seed 004 ("Consulter le dossier d'un candidat"): confidential, never
 * sent to employers (only the CV and the cover letter are).
 */
export const candidateProfileFields: Field[] = [
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
    type: 'row',
    fields: [
      { name: 'secondaryEmail', type: 'email', label: { fr: 'E-mail complémentaire', en: 'Secondary e-mail' }, access: { read: hiddenFromEmployers } },
      { name: 'nationality', type: 'text', maxLength: 100, label: { fr: 'Nationalité', en: 'Nationality' }, access: { read: hiddenFromEmployers } },
    ],
  },
  {
    name: 'candidateProfile',
    type: 'group',
    label: { fr: 'Dossier candidat (confidentiel)', en: 'Candidate file (confidential)' },
    access: { read: hiddenFromEmployers },
    admin: { description: { fr: 'Ces informations ne sont jamais transmises aux employeurs.', en: 'Never shared with employers.' } },
    fields: [
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
    ],
  },
]
