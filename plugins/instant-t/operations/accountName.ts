import { displayName, type NamedPerson } from '../../../src/kernel/lib/displayName'

/** The name shown for a linked account (first and last name, else its e-mail). */
export const accountDisplayName = (account: NamedPerson): string => displayName(account, { fallback: 'Compte sans nom' })
