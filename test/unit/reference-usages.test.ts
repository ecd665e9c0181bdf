import type { FlattenedField } from 'payload'
import { describe, expect, it } from 'vitest'

import { replaceReference, whereUsing } from '../../plugins/reference-tables/operations/usages'

const ref = (name: string, extra: Record<string, unknown> = {}) => ({ name, type: 'relationship', relationTo: 'reference-items', ...extra })

/** A collection as a module might declare it: reference items at every depth. */
const fields = [
  { name: 'title', type: 'text' },
  ref('context'),
  ref('tags', { hasMany: true }),
  ref('either', { relationTo: ['reference-items', 'users'] }),
  { name: 'owner', type: 'relationship', relationTo: 'users' },
  { name: 'group', type: 'group', flattenedFields: [ref('prescriber')] },
  { name: 'rows', type: 'array', flattenedFields: [{ name: 'note', type: 'text' }, ref('referent')] },
  { name: 'layout', type: 'blocks', blocks: [{ slug: 'programme', flattenedFields: [ref('referent')] }, { slug: 'other', flattenedFields: [{ name: 'referent', type: 'number' }] }] },
] as unknown as FlattenedField[]

describe('Transferts de références : remplacer la source par la destination partout', () => {
  it('remplace à tous les niveaux (simple, liste, polymorphe, groupe, tableau, blocs) et ne touche à rien d’autre', () => {
    const doc = {
      id: 1,
      title: '7',
      context: 7,
      tags: [3, 7, 9],
      either: { relationTo: 'reference-items', value: 7 },
      owner: 7,
      group: { prescriber: { id: 7, label: 'peuplé' } },
      rows: [{ id: 'a', note: 'x', referent: 7 }, { id: 'b', note: 'y', referent: 8 }],
      layout: [{ id: 'c', blockType: 'programme', referent: 7 }, { id: 'd', blockType: 'other', referent: 7 }],
    }
    expect(replaceReference(fields, doc, { from: 7, to: 8 })).toEqual({
      context: 8,
      tags: [3, 8, 9],
      either: { relationTo: 'reference-items', value: 8 },
      group: { prescriber: 8 },
      rows: [{ id: 'a', note: 'x', referent: 8 }, { id: 'b', note: 'y', referent: 8 }],
      layout: [{ id: 'c', blockType: 'programme', referent: 8 }, { id: 'd', blockType: 'other', referent: 7 }],
    })
  })

  it('une liste qui contenait déjà la destination ne la contient qu’une fois', () => {
    expect(replaceReference(fields, { tags: [8, 7, 9] }, { from: 7, to: 8 })).toEqual({ tags: [8, 9] })
  })

  it('un document qui n’utilise pas la source ne change pas', () => {
    expect(replaceReference(fields, { context: 3, either: { relationTo: 'users', value: 7 }, owner: 7, rows: [] }, { from: 7, to: 8 })).toBeNull()
  })

  it('trouve les documents par chaque chemin, polymorphe compris', () => {
    expect(whereUsing([{ path: 'context', isPolymorphic: false }, { path: 'either', isPolymorphic: true }], 7)).toEqual({
      or: [{ context: { in: [7] } }, { and: [{ 'either.relationTo': { equals: 'reference-items' } }, { 'either.value': { equals: 7 } }] }],
    })
  })
})
