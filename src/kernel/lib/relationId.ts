import { displayName, type NamedPerson } from './displayName'

/** The id of a relationship value, populated or not. */
export const relationId = (value: unknown): number | null => {
  if (value === null || value === undefined || value === '') return null
  const id = typeof value === 'object' ? (value as { id?: unknown }).id : value
  const numeric = Number(id)
  return Number.isFinite(numeric) ? numeric : null
}

/** "Prénom NOM" as the manual shows candidates. */
export const candidateDisplayName = (account: NamedPerson) => displayName(account, { order: 'LAST-first', fallback: '' })
