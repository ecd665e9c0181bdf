import type { CollectionBeforeOperationHook, CollectionConfig, Field, Where } from 'payload'

import { displayName } from '../lib/displayName'

const TITLE = 'fullName'
const NAME_FIELDS = ['firstName', 'lastName', 'email', 'status'] as const

/** « Prénom NOM », never the e-mail: how the admin titles a person and shows them in relationships. */
export const personTitle = (data: Record<string, unknown> | null | undefined) =>
  displayName(data ?? null, { order: 'first-LAST', useEmail: false, fallback: data?.id ? `Sans nom (n° ${data.id})` : '' })

/**
 * `fullName` is computed, not stored (an erased name never survives in a copy), so it cannot be
 * queried: a relationship search « sarah mich » on it becomes, word by word, a search on the first
 * or last name.
 */
const searchWords = (value: unknown): Where | null => {
  const words = String(value ?? '').trim().split(/\s+/).filter(Boolean)
  if (words.length === 0) return null
  return { and: words.map((word): Where => ({ or: [{ firstName: { like: word } }, { lastName: { like: word } }] })) }
}

const rewriteWhere = (where: Where): Where => {
  const out: Where = {}
  for (const [key, value] of Object.entries(where)) {
    if ((key === 'and' || key === 'or') && Array.isArray(value)) out[key] = (value as Where[]).map(rewriteWhere)
    else if (key === TITLE && value && typeof value === 'object') {
      const condition = value as Record<string, unknown>
      const search = searchWords(condition.like ?? condition.contains ?? condition.equals)
      out.and = [...((out.and as Where[] | undefined) ?? []), search ?? { id: { exists: true } }]
    } else out[key] = value as Where[string]
  }
  return out
}

const searchTitleByName: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (operation !== 'read' && operation !== 'count') return args
  const where = (args as { where?: Where }).where
  if (where && JSON.stringify(where).includes(`"${TITLE}"`)) (args as { where?: Where }).where = rewriteWhere(where)
  return args
}

/**
 * A person's collection (staff users, young people's accounts) titled « Prénom NOM » in the
 * admin: page titles, relationship fields and cells, the relationship search. `title` may replace
 * the name for some records (an archived account is a number). The fields it reads are always
 * selected, so a relationship that asks only for the title still gets the name.
 */
export const withPersonTitle = (
  collection: CollectionConfig,
  { title = personTitle }: { title?: (data: Record<string, unknown>) => string } = {},
): CollectionConfig => {
  const field: Field = {
    name: TITLE,
    type: 'text',
    label: { fr: 'Nom complet', en: 'Full name' },
    virtual: true,
    admin: {
      disableListColumn: true,
      disableListFilter: true,
      components: { Field: '/src/kernel/admin/PersonTitleSync#PersonTitleSync' },
    },
    hooks: { afterRead: [({ data }) => title(data ?? {})] },
  }
  return {
    ...collection,
    admin: { ...collection.admin, useAsTitle: TITLE },
    forceSelect: { ...collection.forceSelect, ...Object.fromEntries(NAME_FIELDS.map((name) => [name, true])) },
    hooks: { ...collection.hooks, beforeOperation: [searchTitleByName, ...(collection.hooks?.beforeOperation ?? [])] },
    fields: [...collection.fields.filter((existing) => !('name' in existing && existing.name === TITLE)), field],
  }
}
