/** What every screen, export and message shows instead of an erased person's name (seed 003). */
export const ANONYMISED = 'Donnée anonymisée'

/** Statuses after which a person's identity is gone: unsubscribed staff, archived or deleted accounts. */
export const ANONYMISED_STATUSES: readonly string[] = ['unsubscribed', 'archived', 'deleted']

export type NamedPerson = {
  firstName?: string | null
  lastName?: string | null
  email?: string | null
  status?: string | null
}

export type DisplayNameOptions = {
  /**
   * `first-last` « Claire Petit » (default), `LAST-first` « PETIT Claire » as the manual lists
   * candidates, `first-LAST` « Claire PETIT » as the admin titles a person.
   */
  order?: 'first-last' | 'LAST-first' | 'first-LAST'
  /** Shown when the person has neither name nor e-mail (default: the e-mail, then « Sans nom »). */
  fallback?: string
  /** Whether the e-mail stands in for a missing name (default true). */
  useEmail?: boolean
}

const clean = (value: unknown) => (typeof value === 'string' ? value.trim() : '')

/** Whether this person's identity has been erased (by status, or by the erased names themselves). */
export const isAnonymised = (person: NamedPerson | null | undefined): boolean => {
  if (!person || typeof person !== 'object') return false
  if (person.status && ANONYMISED_STATUSES.includes(person.status)) return true
  const first = clean(person.firstName)
  const last = clean(person.lastName)
  return (first === ANONYMISED || first === '') && last === ANONYMISED
}

/**
 * The one name builder of the project: « Prénom Nom » (or « NOM Prénom »), falling back to the
 * e-mail, then to `fallback`; « Donnée anonymisée » for an unsubscribed user or an archived or
 * deleted account, whatever the record still holds. A bare id (an unpopulated relationship) gives
 * the fallback: callers populate what they show.
 */
export const displayName = (person: NamedPerson | number | string | null | undefined, options: DisplayNameOptions = {}): string => {
  const { order = 'first-last', fallback = 'Sans nom', useEmail = true } = options
  if (!person || typeof person !== 'object') return fallback
  if (isAnonymised(person)) return ANONYMISED
  const first = clean(person.firstName)
  const last = clean(person.lastName)
  const parts = order === 'LAST-first' ? [last.toUpperCase(), first] : order === 'first-LAST' ? [first, last.toUpperCase()] : [first, last]
  const name = parts.filter(Boolean).join(' ')
  if (name) return name
  const email = clean(person.email)
  return useEmail && email ? email : fallback
}
