/** The id of a relationship value, populated or not. */
export const relationId = (value: unknown): number | null => {
  if (value == null || value === '') return null
  const id = Number(typeof value === 'object' ? (value as { id?: unknown }).id : value)
  return Number.isInteger(id) && id > 0 ? id : null
}

export const relationIds = (value: unknown): number[] =>
  (Array.isArray(value) ? value : []).map(relationId).filter((id): id is number => id !== null)
