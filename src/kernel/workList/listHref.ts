import type { Where } from 'payload'

/** `where` as the admin list reads it from its address (`where[status][equals]=pending`, qs style). */
const flatten = (value: unknown, prefix: string, into: [string, string][]): [string, string][] => {
  if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value as Record<string, unknown>)) flatten(inner, `${prefix}[${key}]`, into)
  } else {
    into.push([prefix, String(value)])
  }
  return into
}

/** The admin list of `collection` filtered by `where`. */
export const listHref = ({ collection, where }: { collection: string; where: Where }): string =>
  `/admin/collections/${collection}?${new URLSearchParams(flatten(where, 'where', [])).toString()}`
