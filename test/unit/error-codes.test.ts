import { describe, expect, it } from 'vitest'

import { addErrorCodes, badRequest, conflict, errorCodeOf, forbidden, notFound } from '../../src/kernel/lib/errors'

describe('Codes d’erreur stables', () => {
  it.each([
    [badRequest('x'), 'INVALID'],
    [forbidden(), 'FORBIDDEN'],
    [notFound(), 'NOT_FOUND'],
    [conflict('x'), 'CONFLICT'],
  ])('%s → %s', (error, code) => {
    const result = { errors: [{ message: error.message }] }
    expect(addErrorCodes({ error, result })?.response).toEqual({ errors: [{ message: error.message, code }] })
  })

  it('une erreur de validation nomme le champ fautif', () => {
    const error = Object.assign(new Error('invalide'), { status: 400 })
    const result = { errors: [{ message: 'invalide', data: { errors: [{ path: 'email', message: 'requis' }] } }] }
    expect(addErrorCodes({ error, result })?.response).toMatchObject({ errors: [{ code: 'INVALID', field: 'email' }] })
  })

  it('un code déjà posé est gardé ; 500 et plus : INTERNAL', () => {
    const result = { errors: [{ message: 'occupé', code: 'UNAVAILABLE' }] }
    expect(addErrorCodes({ error: new Error('x'), result })?.response).toEqual({ errors: [{ message: 'occupé', code: 'UNAVAILABLE' }] })
    expect(errorCodeOf(500)).toBe('INTERNAL')
    expect(errorCodeOf(429)).toBe('TOO_MANY_REQUESTS')
  })
})
