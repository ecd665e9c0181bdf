/**
 * The fields of a young person's record (`accounts`) that a region or a Mission Locale may make
 * required (seed 003, « Les champs obligatoires »): the identity and contact fields staff type in.
 * Paths as Payload names them (`familyContact.phone`), labels as the record's form shows them.
 */
export const REQUIRABLE_ACCOUNT_FIELDS = {
  firstName: 'Prénom',
  lastName: 'Nom',
  birthDate: 'Date de naissance',
  email: 'E-mail',
  phone: 'Téléphone',
  address: 'Adresse',
  postalCode: 'Code postal',
  city: 'Ville',
  'familyContact.name': 'Contact familial : nom et prénom',
  'familyContact.relationship': 'Contact familial : lien de parenté',
  'familyContact.phone': 'Contact familial : téléphone',
  'familyContact.email': 'Contact familial : e-mail',
} as const

export type RequirableField = keyof typeof REQUIRABLE_ACCOUNT_FIELDS

export const REQUIRABLE_FIELD_OPTIONS = Object.entries(REQUIRABLE_ACCOUNT_FIELDS).map(([value, label]) => ({ value, label: { fr: label, en: value } }))

/** The structure types a rule may be set on: the manual's two levels. */
export const RULE_LEVELS = ['region', 'mission-locale'] as const

export const REQUIRED_FIELDS_SLUG = 'required-fields'
