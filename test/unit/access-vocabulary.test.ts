import type { AccessArgs, PayloadRequest, Where } from 'payload'
import { describe, expect, it } from 'vitest'

import { allOf, anyOf, hiddenUnless, inUserStructures, isSelfIn, ownRecordField, when, type AccessFn } from '../../src/kernel/access'

/** A request with only what the pure parts of the vocabulary read: the user (and an empty context). */
const requestOf = (user: Record<string, unknown> | null) => ({ req: { user, context: {} } as unknown as PayloadRequest }) as AccessArgs

const staff = (roles: string[], id = 7) => ({ id, collection: 'users', roles, structures: [] })
const account = (id = 7) => ({ id, collection: 'accounts' })

const fixed = (result: boolean | Where): AccessFn => () => result
const whereA: Where = { a: { equals: 1 } }
const whereB: Where = { b: { equals: 2 } }
const args = requestOf(staff(['admin']))

describe('anyOf', () => {
  it('grants everything as soon as one function does', async () => {
    expect(await anyOf(fixed(whereA), fixed(true), fixed(false))(args)).toBe(true)
  })
  it('ORs the Wheres and drops refusals', async () => {
    expect(await anyOf(fixed(whereA), fixed(false), fixed(whereB))(args)).toEqual({ or: [whereA, whereB] })
    expect(await anyOf(fixed(false), fixed(whereA))(args)).toEqual(whereA)
  })
  it('refuses when every function refuses (or there is none)', async () => {
    expect(await anyOf(fixed(false), fixed(false))(args)).toBe(false)
    expect(await anyOf()(args)).toBe(false)
  })
})

describe('allOf', () => {
  it('refuses as soon as one function refuses', async () => {
    expect(await allOf(fixed(true), fixed(whereA), fixed(false))(args)).toBe(false)
  })
  it('ANDs the Wheres and lets `true` through', async () => {
    expect(await allOf(fixed(whereA), fixed(true), fixed(whereB))(args)).toEqual({ and: [whereA, whereB] })
    expect(await allOf(fixed(true), fixed(whereA))(args)).toEqual(whereA)
    expect(await allOf(fixed(true), fixed(true))(args)).toBe(true)
  })
})

describe('when', () => {
  it('applies its rule only when the condition holds', async () => {
    const onlyForAdmins = when(({ req }) => Boolean((req.user as { roles?: string[] } | null)?.roles?.includes('admin')), fixed(whereA))
    expect(await onlyForAdmins(requestOf(staff(['admin'])))).toEqual(whereA)
    expect(await onlyForAdmins(requestOf(staff(['referent-forms'])))).toBe(false)
  })
})

describe('inUserStructures (without the database)', () => {
  it('grants super-admins every structure', async () => {
    expect(await inUserStructures('structure')(requestOf(staff(['super-admin'])))).toBe(true)
  })
  it('refuses anonymous visitors and young people', async () => {
    expect(await inUserStructures('structure')(requestOf(null))).toBe(false)
    expect(await inUserStructures('structure')(requestOf(account()))).toBe(false)
  })
  it('refuses staff attached to no structure', async () => {
    expect(await inUserStructures('structure')(requestOf(staff(['admin'])))).toBe(false)
  })
})

describe('hiddenUnless', () => {
  const cej = hiddenUnless({ sections: ['cej'] })
  it('shows a section to the roles opening it and to super-admins', () => {
    expect(cej({ user: staff(['admin']) })).toBe(false)
    expect(cej({ user: staff(['super-admin']) })).toBe(false)
  })
  it('hides it from other roles and from nobody logged in', () => {
    expect(cej({ user: staff(['referent-forms']) })).toBe(true)
    expect(cej({ user: staff([]) })).toBe(true)
    expect(cej({ user: null })).toBe(true)
  })
  it('reads the roles of an admin user whose collection is not set', () => {
    expect(cej({ user: { id: 1, roles: ['admin'] } })).toBe(false)
    expect(cej({ user: { id: 1, roles: ['employer'] } })).toBe(true)
  })
  it('never shows the admin to a young person', () => {
    expect(hiddenUnless({ roles: ['employer'] })({ user: { ...account(), roles: ['employer'] } })).toBe(true)
  })
  it('shows to the listed roles, and to sections or roles alike', () => {
    const notes = hiddenUnless({ roles: ['super-admin', 'mission-officer'] })
    expect(notes({ user: staff(['mission-officer']) })).toBe(false)
    expect(notes({ user: staff(['admin']) })).toBe(true)
    const either = hiddenUnless({ sections: ['bilan'], roles: ['employer'] })
    expect(either({ user: staff(['counsellor']) })).toBe(false)
    expect(either({ user: staff(['employer']) })).toBe(false)
    expect(either({ user: staff(['referent-forms']) })).toBe(true)
  })
})

describe('isSelfIn', () => {
  it('matches the principal’s own record in its own collection only (ids of users and accounts overlap)', async () => {
    expect(await isSelfIn('users')(requestOf(staff(['admin'], 7)))).toEqual({ id: { equals: 7 } })
    expect(await isSelfIn('users')(requestOf(account(7)))).toBe(false)
    expect(await isSelfIn('accounts')(requestOf(account(7)))).toEqual({ id: { equals: 7 } })
    expect(await isSelfIn('accounts')(requestOf(null))).toBe(false)
  })
})

describe('ownRecordField', () => {
  const field = (user: Record<string, unknown> | null, docId?: number, id?: number) =>
    ownRecordField('accounts')({ req: { user } as unknown as PayloadRequest, doc: docId === undefined ? undefined : { id: docId }, id } as never)
  it('opens the field to the principal this record is', () => {
    expect(field(account(7), 7)).toBe(true)
    expect(field(account(7), undefined, 7)).toBe(true)
  })
  it('closes it to anyone else, including a staff user with the same id', () => {
    expect(field(account(7), 8)).toBe(false)
    expect(field(staff(['super-admin'], 7), 7)).toBe(false)
    expect(field(null, 7)).toBe(false)
  })
})
