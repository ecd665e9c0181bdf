/** Shared field validators: they return `true` or a French message (Payload's convention). */
export const POSTAL_CODE = /^(?:0[1-9]|[1-8]\d|9[0-8])\d{3}$|^2[AB]\d{3}$/

export const isFrenchPostalCode = (value: unknown): boolean => typeof value === 'string' && /^\d{5}$/.test(value) && POSTAL_CODE.test(value)

/** The department of a French postal code: 75012 → 75, 97411 → 974, 20000 → 2A/2B kept as typed. */
export const departmentOf = (postalCode: string): string => (postalCode.startsWith('97') ? postalCode.slice(0, 3) : postalCode.slice(0, 2))

export const validatePostalCode = (value: unknown): true | string => {
  if (value === undefined || value === null || value === '') return true
  return isFrenchPostalCode(value) ? true : 'Code postal invalide : 5 chiffres attendus (ex. 76500).'
}

export const validatePhone = (value: unknown): true | string => {
  if (value === undefined || value === null || value === '') return true
  return typeof value === 'string' && /^\+?[\d .-]{8,20}$/.test(value) ? true : 'Numéro de téléphone invalide.'
}

/** Age in full years at `at` (defaults to now). */
export const ageAt = (birthDate: string | Date, at: Date = new Date()): number => {
  const birth = new Date(birthDate)
  let age = at.getFullYear() - birth.getFullYear()
  const beforeBirthday = at.getMonth() < birth.getMonth() || (at.getMonth() === birth.getMonth() && at.getDate() < birth.getDate())
  if (beforeBirthday) age -= 1
  return age
}

