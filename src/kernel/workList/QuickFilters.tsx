import type { ServerProps } from 'payload'

import { asPrincipal } from '../access/user'
import { listHref } from './listHref'
import { isWorkFor, whereFor, workItemsOf } from './types'

type Props = ServerProps & { collectionSlug?: string; searchParams?: Record<string, unknown> }

/** The address's own filter, to mark the active button (`where[...]` keys only, sorted). */
const whereKeyOf = (query: string): string =>
  [...new URLSearchParams(query).entries()]
    .filter(([key]) => key.startsWith('where'))
    .map(([key, value]) => `${key}=${value}`)
    .sort()
    .join('&')

/**
 * One-click filters above a list (« Tous », « En attente »…): the work items of this collection
 * for the user's roles, each a link to the list filtered the way the dashboard counts it.
 */
export const QuickFilters = ({ collectionSlug, payload, user, searchParams = {} }: Props) => {
  if (!payload || !collectionSlug) return null
  const principal = asPrincipal(user)
  const items = workItemsOf(payload).filter((item) => item.collection === collectionSlug && isWorkFor({ item, user: principal }))
  if (items.length === 0) return null
  const current = whereKeyOf(new URLSearchParams(Object.entries(searchParams).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v]] : []))).toString())
  const all = `/admin/collections/${collectionSlug}`
  const filters = [{ key: 'all', label: 'Tous', href: all }, ...items.map((item) => ({ key: item.key, label: item.filterLabel, href: listHref({ collection: item.collection, where: whereFor({ item, user: principal! }) }) }))]
  return (
    <nav className="tremplin-quick-filters" aria-label="Filtres rapides">
      {filters.map((filter) => {
        const isActive = whereKeyOf(filter.href.split('?')[1] ?? '') === current
        return (
          <a key={filter.key} id={`quick-filter-${filter.key}`} href={filter.href} aria-current={isActive ? 'page' : undefined} className="tremplin-quick-filters__link">
            {filter.label}
          </a>
        )
      })}
    </nav>
  )
}
