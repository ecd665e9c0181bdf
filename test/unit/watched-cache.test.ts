import { beforeEach, describe, expect, it, vi } from 'vitest'

/** The process's listener, live, without PostgreSQL: the test delivers the invalidations itself. */
const listener = vi.hoisted(() => {
  const handlers: ((message: string) => void)[] = []
  return {
    handlers,
    isLive: () => true,
    onMessage: (handler: (message: string) => void) => handlers.push(handler),
    onConnectionLost: () => {},
    deliver: (message: string) => handlers.forEach((handler) => handler(message)),
  }
})
vi.mock('../../src/kernel/cache/cacheListener', () => ({ cacheListener: listener }))

const { watchedCache } = await import('../../src/kernel/cache/watchedCache')

/** A load the test finishes when it wants, counting how many times it was asked. */
const controlledLoad = () => {
  let calls = 0
  const pending: ((value: string) => void)[] = []
  const load = () => {
    calls++
    return new Promise<string>((resolve) => pending.push(resolve))
  }
  return { load, calls: () => calls, finish: (value: string) => pending.splice(0).forEach((resolve) => resolve(value)) }
}

describe('Cache surveillé : une lecture pour les requêtes simultanées', () => {
  let cache: ReturnType<typeof watchedCache<string>>
  beforeEach(() => {
    cache = watchedCache<string>({ message: 'test-watched', tables: ['test_watched'], ttlMs: 60_000 })
  })

  it('Dix requêtes qui manquent la même clé ensemble la lisent une fois et reçoivent la même valeur', async () => {
    const { load, calls, finish } = controlledLoad()
    const answers = Promise.all(Array.from({ length: 10 }, () => cache.get('scope:1,2', load)))
    finish('lue')
    expect(await answers).toEqual(Array(10).fill('lue'))
    expect(calls()).toBe(1)
    // Kept: the next request reads nothing.
    expect(await cache.get('scope:1,2', load)).toBe('lue')
    expect(calls()).toBe(1)
  })

  it('Une requête arrivée après une invalidation ne reprend pas la lecture commencée avant', async () => {
    const { load, calls, finish } = controlledLoad()
    const before = cache.get('scope:3', load)
    listener.deliver('test-watched')
    const after = cache.get('scope:3', load)
    expect(calls()).toBe(2)
    finish('relue')
    expect(await Promise.all([before, after])).toEqual(['relue', 'relue'])
  })

  it('Une lecture qui échoue n’est ni gardée ni partagée avec la requête suivante', async () => {
    let calls = 0
    const failing = () => {
      calls++
      return Promise.reject(new Error('base indisponible'))
    }
    await expect(cache.get('scope:4', failing)).rejects.toThrow('base indisponible')
    await expect(cache.get('scope:4', failing)).rejects.toThrow('base indisponible')
    expect(calls).toBe(2)
  })
})
