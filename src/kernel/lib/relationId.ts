/** The id of a relationship value, populated or not. */
export const relationId = (value: unknown): number | null => {
  if (value === null || value === undefined || value === '') return null
  const id = typeof value === 'object' ? (value as { id?: unknown }).id : value
  const numeric = Number(id)
  return Number.isFinite(numeric) ? numeric : null
}

/** "Prénom NOM" as the manual shows candidates. */
export const candidateDisplayName = (account: { firstName?: string | null; lastName?: string | null; email?: string | null }) =>
  [account.lastName?.toUpperCase(), account.firstName].filter(Boolean).join(' ') || String(account.email ?? '')
