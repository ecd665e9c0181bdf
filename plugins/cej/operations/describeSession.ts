import { frenchDateTime } from '../../../src/kernel/lib/frenchDates'
import { relationId } from '../../../src/kernel/lib/relationId'
import { HOLDS_A_PLACE } from '../collections/sessions/options'

/** A stored session, read loosely (the module's slugs are not in the core's generated types). */
type Session = Record<string, any>

/** « Titre – Nom de la session », as the agenda shows it. */
export const sessionLabel = (session: Session) => [session.title, session.name].filter(Boolean).join(' – ')

/** « le lundi 23 novembre 2026 à 10:00, Antenne d'Elbeuf » for the messages to young people. */
export const sessionWhenAndWhere = (session: Session) => `le ${frenchDateTime(session.startsAt)}${session.location ? `, ${session.location}` : ''}`

/** Does this young person hold a place in the session (registered or present)? */
export const holdsAPlace = (session: Session, accountId: number) =>
  ((session.registrations ?? []) as { account: unknown; status: string }[]).some(
    (line) => relationId(line.account) === accountId && HOLDS_A_PLACE.includes(line.status as never),
  )
