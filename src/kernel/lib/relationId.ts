import { displayName, type NamedPerson } from './displayName'

/** The id of a relationship value, populated or not; `null` for anything that is not a positive integer id. */
export const relationId = (value: unknown): number | null => {
  if (value === null || value === undefined || value === '') return null
  const id = Number(typeof value === 'object' ? (value as { id?: unknown }).id : value)
  return Number.isInteger(id) && id > 0 ? id : null
}

/** The ids of a hasMany relationship value, populated or not. */
export const relationIds = (value: unknown): number[] =>
  (Array.isArray(value) ? value : []).map(relationId).filter((id): id is number => id !== null)

/** "Prénom NOM" as the manual shows candidates. */
export const candidateDisplayName = (account: NamedPerson) => displayName(account, { order: 'LAST-first', fallback: '' })
