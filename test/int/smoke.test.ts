import { describe, expect, it } from 'vitest'

import { api, login, staff } from '../helpers/api'

describe('Serveur', () => {
  it('répond à /healthz et /readyz', async () => {
    expect((await api('/healthz')).status).toBe(200)
    const ready = await api('/readyz')
    expect(ready.status).toBe(200)
    expect(ready.body.database).toBe('ok')
  })

  it('connecte un référent et liste les comptes de sa Mission Locale', async () => {
    const token = await login(staff('referent-accounts'))
    const { status, body } = await api('/api/accounts?limit=50', { token })
    expect(status).toBe(200)
    expect(body.docs.length).toBeGreaterThan(0)
  })
})
