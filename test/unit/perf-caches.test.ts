import type { PayloadRequest } from 'payload'
import { describe, expect, it } from 'vitest'

import { decidedOncePerRequest } from '../../src/kernel/access/decidedOncePerRequest'
import { oneOfIds } from '../../src/kernel/access'
import { createInvalidatedCache } from '../../src/kernel/cache/invalidatedCache'

describe('Issue #16 : une décision par requête, des caches invalidables', () => {
  it('Une règle de champ qui ne dépend que de l’appelant est décidée une fois pour tous les champs et documents d’une requête', async () => {
    let decisions = 0
    const access = decidedOncePerRequest(() => {
      decisions++
      return false
    })
    const req = { user: { id: 1, collection: 'users', roles: ['employer'] } } as unknown as PayloadRequest
    for (let doc = 0; doc < 20; doc++) for (let field = 0; field < 3; field++) expect(await access({ req, doc: { id: doc } } as never)).toBe(false)
    expect(decisions).toBe(1)
    // Another request, or another user on the same request, is decided again.
    await access({ req: { user: req.user } as unknown as PayloadRequest } as never)
    req.user = { id: 2, collection: 'users' } as never
    await access({ req } as never)
    expect(decisions).toBe(3)
  })

  it('Le cache sert jusqu’à expiration ou invalidation, et ne garde pas ce qui a été lu avant une invalidation', () => {
    let ttl = 10_000
    const cache = createInvalidatedCache<string>({ ttlMs: () => ttl })
    cache.set('users:1', 'sid-a', 'Karim', cache.generation())
    expect(cache.get('users:1', 'sid-a')).toBe('Karim')
    const startedAt = cache.generation()
    cache.invalidateGroup('users:1')
    expect(cache.get('users:1', 'sid-a')).toBeUndefined()
    // A load that began before the invalidation may hold the old row: not stored.
    cache.set('users:1', 'sid-a', 'Karim (ancien)', startedAt)
    expect(cache.get('users:1', 'sid-a')).toBeUndefined()
    ttl = 0
    cache.set('users:2', 'sid-b', 'Julie', cache.generation())
    expect(cache.get('users:2', 'sid-b')).toBeUndefined()
  })

  it('Le périmètre devient des égalités, chaque structure une fois (Payload double les ids d’un `in` sur une relation)', () => {
    expect(oneOfIds('structure', [23])).toEqual({ structure: { equals: 23 } })
    expect(oneOfIds('structure', [23, 40])).toEqual({ or: [{ structure: { equals: 23 } }, { structure: { equals: 40 } }] })
  })
})
