import type { PayloadRequest } from 'payload'
import { describe, expect, it } from 'vitest'

import { programmesOnlyWhenAsked } from '../../plugins/core/collections/accounts/programmesOnlyWhenAsked'
import { sessionsOnlyForTheirOwner } from '../../plugins/core/collections/accounts/sessionsOnlyForTheirOwner'

/** The two hooks read only the operation, its arguments and the caller. */
type HookArgs = Parameters<typeof programmesOnlyWhenAsked>[0]
const call = (hook: typeof programmesOnlyWhenAsked, args: Record<string, unknown>, { operation = 'read', user = { id: 1, collection: 'users' } as Record<string, unknown> | null } = {}) =>
  hook({ args, operation, req: { user } as unknown as PayloadRequest } as unknown as HookArgs) as Record<string, unknown>

describe('Listes de comptes : la jointure des dispositifs seulement si on la demande (issue #16)', () => {
  it('une liste sans joins ni select ne calcule pas la jointure', () => {
    expect(call(programmesOnlyWhenAsked, { where: {} }).joins).toEqual({ programmes: false })
  })
  it('joins[programmes] demandé, joins: false, ou select qui la nomme : rien ne change', () => {
    const asked = { joins: { programmes: { limit: 5 } } }
    expect(call(programmesOnlyWhenAsked, asked)).toBe(asked)
    const none = { joins: false }
    expect(call(programmesOnlyWhenAsked, none)).toBe(none)
    const selected = { select: { lastName: true, programmes: true } }
    expect(call(programmesOnlyWhenAsked, selected)).toBe(selected)
    // An exclusion list that does not exclude the join keeps it.
    const excluding = { select: { phone: false } }
    expect(call(programmesOnlyWhenAsked, excluding)).toBe(excluding)
  })
  it('un select d’inclusion sans la jointure, ou une exclusion qui la nomme : pas de jointure', () => {
    expect(call(programmesOnlyWhenAsked, { select: { lastName: true } }).joins).toEqual({ programmes: false })
    expect(call(programmesOnlyWhenAsked, { select: { programmes: false } }).joins).toEqual({ programmes: false })
  })
  it('un compte lu seul (findByID : l’admin, GET /api/accounts/:id) et les autres opérations gardent la jointure', () => {
    const one = { id: 3 }
    expect(call(programmesOnlyWhenAsked, one)).toBe(one)
    const update = { data: {} }
    expect(call(programmesOnlyWhenAsked, update, { operation: 'update' })).toBe(update)
  })
})

describe('Listes de comptes : les sessions ne sont lues que pour leur titulaire (issue #16)', () => {
  it('le personnel et l’anonyme : sessions exclues, un select d’exclusion complété', () => {
    expect(call(sessionsOnlyForTheirOwner, {}).select).toEqual({ sessions: false })
    expect(call(sessionsOnlyForTheirOwner, {}, { user: null }).select).toEqual({ sessions: false })
    expect(call(sessionsOnlyForTheirOwner, { select: { phone: false } }).select).toEqual({ phone: false, sessions: false })
  })
  it('un select d’inclusion, un compte lu seul, ou un jeune qui lit : rien ne change', () => {
    const including = { select: { lastName: true } }
    expect(call(sessionsOnlyForTheirOwner, including)).toBe(including)
    const one = { id: 3 }
    expect(call(sessionsOnlyForTheirOwner, one)).toBe(one)
    const own = {}
    expect(call(sessionsOnlyForTheirOwner, own, { user: { id: 3, collection: 'accounts' } })).toBe(own)
  })
})
