import { frenchDate, frenchDateTime } from '../../../../kernel/lib/frenchDates'
import { candidatureLifecycle } from '../../../../../workflows/candidature/machine'
import { parrainageLifecycle } from '../../../../../workflows/parrainage/machine'

/** The manual's French label of a candidature's or a parrainage's state, from the machines' own labels. */
export const candidatureStatusLabel = (status: unknown) => candidatureLifecycle.states[status as keyof typeof candidatureLifecycle.states]?.label.fr ?? String(status)
export const parrainageStatusLabel = (status: unknown) => parrainageLifecycle.states[status as keyof typeof parrainageLifecycle.states]?.label.fr ?? String(status)

/** Dates as the rest of the platform writes them (Paris time), or a dash when there is none. */
export const frenchDay = (iso: unknown) => (typeof iso === 'string' && iso ? frenchDate(iso) : '—')
export const frenchMoment = (iso: unknown) => (typeof iso === 'string' && iso ? frenchDateTime(iso) : '—')
