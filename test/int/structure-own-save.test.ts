import { beforeAll, describe, expect, it } from 'vitest'

import { api, login, staff } from '../helpers/api'
import { findFirst } from './placement-helpers'

/**
 * Issue 15: a Mission Locale's administrator saves their own structure as the admin sends it (every
 * field, its parent region included). The region is outside their structures, so they cannot read
 * it; Payload checked the unchanged parent against the parent field's options with their read
 * access and refused the save (400 on `parent`). A new parent is still checked.
 */
describe('Un administrateur de Mission Locale enregistre sa structure', () => {
  let token: string
  let rouen: Record<string, unknown> & { id: number; parent: number }

  /** The structure's fields as the admin's form sends them back. */
  const asTheFormSendsIt = (doc: Record<string, unknown>, changes: Record<string, unknown> = {}) => {
    const { id: _id, createdAt: _createdAt, updatedAt: _updatedAt, ...fields } = doc
    return { ...fields, ...changes }
  }

  beforeAll(async () => {
    token = await login(staff('admin'))
    rouen = await findFirst(token, 'structures', 'where[name][equals]=Mission%20Locale%20de%20Rouen')
  })

  it('sans rien changer à sa structure parente (la région, hors de ses structures) : enregistré', async () => {
    expect(rouen.parent).toEqual(expect.any(Number))
    expect((await api(`/api/structures/${rouen.parent}?depth=0`, { token })).status).not.toBe(200)
    const saved = await api(`/api/structures/${rouen.id}?depth=0`, { method: 'PATCH', token, body: asTheFormSendsIt(rouen, { phone: '02 35 00 00 00' }) })
    expect(saved.status, JSON.stringify(saved.body)).toBe(200)
    expect(saved.body.doc).toMatchObject({ parent: rouen.parent, phone: '02 35 00 00 00' })
    await api(`/api/structures/${rouen.id}?depth=0`, { method: 'PATCH', token, body: { phone: rouen.phone ?? null } })
  })

  it('une nouvelle structure parente reste vérifiée : elle-même, ou une structure qu’il ne voit pas, est refusée', async () => {
    const itself = await api(`/api/structures/${rouen.id}?depth=0`, { method: 'PATCH', token, body: asTheFormSendsIt(rouen, { parent: rouen.id }) })
    expect(itself.status).toBe(400)
    expect(itself.body.errors[0].field).toBe('parent')
    const elsewhere = await findFirst(await login(staff('super-admin')), 'structures', 'where[type][equals]=academy')
    const outside = await api(`/api/structures/${rouen.id}?depth=0`, { method: 'PATCH', token, body: asTheFormSendsIt(rouen, { parent: elsewhere.id }) })
    expect([400, 403]).toContain(outside.status)
    const after = await api(`/api/structures/${rouen.id}?depth=0`, { token })
    expect(after.body.parent).toBe(rouen.parent)
  })
})
