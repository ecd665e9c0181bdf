import type { CollectionAfterOperationHook, CollectionBeforeOperationHook, Config, SanitizedCollectionConfig } from 'payload'
import { describe, expect, it } from 'vitest'

import { dropAddedGroups, omittedGroupsPlugin, skipOmittedGroups } from '../../src/kernel/db/omittedGroups'

/** A collection shaped like accounts: a group of hasMany selects (`alerts`), a group of scalars, an array. */
const collection = {
  slug: 'people',
  flattenedFields: [
    { name: 'lastName', type: 'text' },
    { name: 'alerts', type: 'group', flattenedFields: [{ name: 'email', type: 'select', hasMany: true }, { name: 'inApp', type: 'select', hasMany: true }] },
    { name: 'familyContact', type: 'group', flattenedFields: [{ name: 'name', type: 'text' }] },
    { name: 'sessions', type: 'array', flattenedFields: [{ name: 'id', type: 'text' }] },
  ],
} as unknown as SanitizedCollectionConfig

const before = (args: Record<string, unknown>, operation = 'read') =>
  skipOmittedGroups({ args, collection, operation } as unknown as Parameters<CollectionBeforeOperationHook>[0]) as Record<string, unknown>
const after = (args: Record<string, unknown>, result: unknown, operation = 'find') =>
  dropAddedGroups({ args, collection, operation, result } as unknown as Parameters<CollectionAfterOperationHook>[0])

describe('Un select qui laisse un groupe de côté ne le lit pas (payload#18143, issue #16)', () => {
  it('un select d’inclusion sans le groupe : le groupe aux listes est demandé vide, les autres ne changent pas', () => {
    expect(before({ select: { lastName: true } }).select).toEqual({ lastName: true, alerts: {} })
  })
  it('groupe nommé, select d’exclusion, sans select, select vide, autre opération : rien ne change', () => {
    for (const args of [{ select: { lastName: true, alerts: true } }, { select: { alerts: { email: true } } }, { select: { lastName: false } }, {}, { select: {} }]) {
      expect(before(args)).toBe(args)
    }
    const update = { select: { lastName: true } }
    expect(before(update, 'update')).toBe(update)
  })
  it('la réponse perd le groupe vide ajouté, et lui seul', () => {
    const args = before({ select: { lastName: true } })
    const found = after(args, { docs: [{ id: 1, lastName: 'A', alerts: {} }] }) as { docs: Record<string, unknown>[] }
    expect(found.docs).toEqual([{ id: 1, lastName: 'A' }])
    const one = after(before({ id: 1, select: { lastName: true } }), { id: 1, lastName: 'A', alerts: {} }, 'findByID')
    expect(one).toEqual({ id: 1, lastName: 'A' })
    // A select the client wrote itself keeps its groups, even empty.
    const own = { select: { lastName: true, alerts: {} } }
    expect((after(own, { docs: [{ id: 1, alerts: {} }] }) as { docs: unknown[] }).docs).toEqual([{ id: 1, alerts: {} }])
  })
})

describe('omittedGroupsPlugin', () => {
  it('hooks only the collections holding a named group (or tab) of fields stored in their own table', () => {
    const config = omittedGroupsPlugin()({
      collections: [
        { slug: 'people', fields: [{ name: 'alerts', type: 'group', fields: [{ name: 'email', type: 'select', hasMany: true, options: ['a'] }] }] },
        { slug: 'tabbed', fields: [{ type: 'tabs', tabs: [{ name: 'prefs', fields: [{ name: 'tags', type: 'text', hasMany: true }] }] }] },
        // A flat collection (Instant-T's results): its submission path relies on it having no hook.
        { slug: 'flat', fields: [{ name: 'code', type: 'text' }, { name: 'answers', type: 'json' }, { name: 'items', type: 'array', fields: [{ name: 'x', type: 'text' }] }] },
        { slug: 'scalars', fields: [{ name: 'contact', type: 'group', fields: [{ name: 'name', type: 'text' }] }] },
      ],
    } as never) as Config
    const hooked = (config.collections ?? []).filter((c) => (c.hooks?.beforeOperation ?? []).includes(skipOmittedGroups)).map((c) => c.slug)
    expect(hooked).toEqual(['people', 'tabbed'])
  })
})
