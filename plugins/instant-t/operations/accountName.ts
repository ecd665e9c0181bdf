/** The name shown for a linked account (first and last name, else its e-mail). */
export const accountDisplayName = (account: { firstName?: string | null; lastName?: string | null; email?: string | null }): string =>
  [account.firstName, account.lastName].filter(Boolean).join(' ') || account.email || 'Compte sans nom'
