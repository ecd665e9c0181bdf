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

describe('Transferts et désabonnement (manuel i-milo)', () => {
  const createStaff = async (token: string, structure: number, label: string) => {
    const email = `${label}.${Date.now()}@exemple.fr`
    const created = await api('/api/users', {
      method: 'POST',
      token,
      body: { email, password: 'Depart-2026!', firstName: 'Camille', lastName: label, roles: ['referent-accounts'], structures: [structure] },
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    return { id: created.body.doc.id as number, email }
  }

  it('Un conseiller qui suit des dossiers ne peut être désabonné qu’après leur transfert ; désabonné, il est anonymisé et ne se connecte plus', async () => {
    const admin = await login(staff('admin'))
    const superAdmin = await login(staff('super-admin'))
    const structure = (await api(`/api/users/${await userId(staff('admin'))}?depth=0`, { token: superAdmin })).body.structures[0] as number
    const leaving = await createStaff(admin, structure, 'Depart')
    const colleague = await userId(staff('referent-accounts'))
    const followed = await api('/api/accounts', {
      method: 'POST',
      token: superAdmin,
      body: { email: `suivi.${Date.now()}@exemple.fr`, lastName: 'Suivi', structure, referents: [leaving.id, colleague] },
    })
    expect(followed.status, JSON.stringify(followed.body)).toBe(201)

    // Still the referent of a file: unsubscribing is refused (409) and not offered.
    expect((await api(`/api/users/${leaving.id}/transitions`, { token: admin })).body.allowed).not.toContain('UNSUBSCRIBE')
    const refused = await api(`/api/users/${leaving.id}/transitions`, { method: 'POST', token: admin, body: { event: 'UNSUBSCRIBE' } })
    expect(refused.status).toBe(409)

    const transfer = await api(`/api/users/${leaving.id}/transfer-accounts`, { method: 'POST', token: admin, body: { to: colleague } })
    expect(transfer.status, JSON.stringify(transfer.body)).toBe(200)
    expect(transfer.body.transferred).toBe(1)
    expect(transfer.body.message).toContain('transféré')
    const account = (await api(`/api/accounts/${followed.body.doc.id}?depth=0`, { token: superAdmin })).body
    expect(account.referents).toEqual([colleague])

    const unsubscribed = await api(`/api/users/${leaving.id}/transitions`, { method: 'POST', token: admin, body: { event: 'UNSUBSCRIBE' } })
    expect(unsubscribed.status, JSON.stringify(unsubscribed.body)).toBe(200)
    expect(unsubscribed.body.status).toBe('unsubscribed')
    const stored = (await api(`/api/users/${leaving.id}?depth=0`, { token: superAdmin })).body
    expect(stored.firstName).toBe('Donnée anonymisée')
    expect(stored.lastName).toBe('Donnée anonymisée')
    expect(stored.email).not.toContain('depart')
    expect((await api('/api/users/login', { method: 'POST', body: { email: leaving.email, password: 'Depart-2026!' } })).status).toBe(401)
    // Final: nothing brings the user back.
    expect((await api(`/api/users/${leaving.id}/transitions`, { method: 'POST', token: admin, body: { event: 'REACTIVATE' } })).status).toBe(409)
    const { history } = (await api(`/api/users/${leaving.id}/transitions`, { token: admin })).body
    expect(history.map((h: { event: string }) => h.event)).toContain('UNSUBSCRIBE')
  })

  it('Un transfert refusé dit pourquoi et ne déplace rien', async () => {
    const admin = await login(staff('admin'))
    const superAdmin = await login(staff('super-admin'))
    const structure = (await api(`/api/users/${await userId(staff('admin'))}?depth=0`, { token: superAdmin })).body.structures[0] as number
    const source = await createStaff(admin, structure, 'Source')
    const inactive = await createStaff(admin, structure, 'Inactif')
    await api(`/api/users/${inactive.id}/transitions`, { method: 'POST', token: admin, body: { event: 'DEACTIVATE' } })
    const followed = await api('/api/accounts', { method: 'POST', token: superAdmin, body: { email: `reste.${Date.now()}@exemple.fr`, lastName: 'Reste', structure, referents: [source.id] } })
    const transferTo = (token: string, to: unknown, from = source.id) => api(`/api/users/${from}/transfer-accounts`, { method: 'POST', token, body: to === undefined ? {} : { to } })

    expect((await transferTo(admin, undefined)).status).toBe(400)
    const notANumber = await transferTo(admin, 'abc')
    expect(notANumber.status).toBe(400)
    expect(JSON.stringify(notANumber.body)).toContain('"path":"to"')
    const elsewhere = await transferTo(admin, await userId(staff('referent-accounts-caen')))
    expect(elsewhere.status).toBe(400)
    expect(JSON.stringify(elsewhere.body)).toContain('pas dans vos structures')
    const toInactive = await transferTo(admin, inactive.id)
    expect(toInactive.status).toBe(409)
    expect(toInactive.body.errors[0].message).toContain('actif')
    expect((await transferTo(await login(staff('referent-full')), await userId(staff('referent-accounts')))).status).toBe(403)
    expect((await transferTo(admin, await userId(staff('referent-accounts')), await userId(staff('referent-accounts-caen')))).status).toBe(404)
    expect((await transferTo(admin, source.id)).status).toBe(400)

    expect((await api(`/api/accounts/${followed.body.doc.id}?depth=0`, { token: superAdmin })).body.referents).toEqual([source.id])
  })
})
