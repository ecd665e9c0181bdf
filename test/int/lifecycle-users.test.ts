import { describe, expect, it } from 'vitest'

import { api, DEMO_PASSWORD, login, staff } from '../helpers/api'

const userId = async (email: string) => {
  const token = await login(staff('super-admin'))
  return (await api(`/api/users?where[email][equals]=${encodeURIComponent(email)}&depth=0`, { token })).body.docs[0].id as number
}

const freshLogin = async (email: string) => (await api('/api/users/login', { method: 'POST', body: { email, password: DEMO_PASSWORD } }))

describe('Cycle de vie d’un utilisateur (manuel i-milo)', () => {
  it('Un administrateur désactive un utilisateur : ses sessions ouvertes se terminent et il ne peut plus se connecter ; réactivé, il le peut', async () => {
    const email = staff('referent-forms')
    const id = await userId(email)
    const session = await freshLogin(email)
    expect(session.status).toBe(200)
    expect((await api('/api/users/me', { token: session.body.token })).body.user?.email).toBe(email)

    const admin = await login(staff('admin'))
    const deactivated = await api(`/api/users/${id}/transitions`, { method: 'POST', token: admin, body: { event: 'DEACTIVATE' } })
    expect(deactivated.status).toBe(200)
    expect(deactivated.body.status).toBe('deactivated')
    expect((await api('/api/users/me', { token: session.body.token })).body.user).toBeNull()
    const refused = await freshLogin(email)
    expect(refused.status).toBe(403)
    expect(refused.body.errors[0].message).toContain('désactivé')

    const reactivated = await api(`/api/users/${id}/transitions`, { method: 'POST', token: admin, body: { event: 'REACTIVATE' } })
    expect(reactivated.status).toBe(200)
    expect((await freshLogin(email)).status).toBe(200)
  })

  it('Personne ne se désactive soi-même, et un administrateur ne touche pas aux utilisateurs d’autres structures', async () => {
    const admin = await login(staff('admin'))
    const self = await api(`/api/users/${await userId(staff('admin'))}/transitions`, { method: 'POST', token: admin, body: { event: 'DEACTIVATE' } })
    expect(self.status).toBe(403)
    const caen = await userId(staff('referent-accounts-caen'))
    expect((await api(`/api/users/${caen}/transitions`, { method: 'POST', token: admin, body: { event: 'DEACTIVATE' } })).status).toBe(403)
  })

  it('Un référent sans rôle d’administration ne peut pas désactiver un collègue', async () => {
    const token = await login(staff('referent-full'))
    const target = await userId(staff('referent-offers'))
    expect((await api(`/api/users/${target}/transitions`, { method: 'POST', token, body: { event: 'DEACTIVATE' } })).status).toBe(403)
  })

  it('La désinscription est refusée tant que l’utilisateur détient la fonction Direction (409)', async () => {
    const superAdmin = await login(staff('super-admin'))
    const director = await userId(staff('admin'))
    const { allowed } = (await api(`/api/users/${director}/transitions`, { token: superAdmin })).body
    expect(allowed).toContain('DEACTIVATE')
    expect(allowed).not.toContain('UNSUBSCRIBE')
    expect((await api(`/api/users/${director}/transitions`, { method: 'POST', token: superAdmin, body: { event: 'UNSUBSCRIBE' } })).status).toBe(409)
  })
})
