import type { CollectionSlug, Config, Payload, Where } from 'payload'

import type { Role, Section } from '../access/roles'
import { isStaffUser, type Principal, userHasRole, userWorksIn } from '../access/user'

/**
 * One thing that waits for someone (issue 15, « les tableaux de bord sont des listes de travail »):
 * the documents of `collection` matching `where`, counted through the caller's own read access.
 */
export type WorkItem = {
  /** Unique across modules; the dashboard link's id is `work-<key>`. */
  key: string
  /** What waits, in the manuals' words (« Comptes en attente de validation »). */
  label: string
  /** The list's one-click filter (« En attente »). */
  filterLabel: string
  collection: CollectionSlug
  /** What is counted; a function when it depends on the user (their own notifications). */
  where: Where | ((args: { user: Principal }) => Where)
  /** Work for whoever works in one of these sections or holds one of these roles; for all staff when both are empty. */
  sections?: Section[]
  roles?: Role[]
}

/** A work item as the caller sees it: how many documents wait and the filtered list that shows them. */
export type WorkCount = { key: string; label: string; count: number; href: string }

const ITEMS_KEY = 'workItems'

export const workItemsOf = (payload: Payload): WorkItem[] => (payload.config.custom?.[ITEMS_KEY] as WorkItem[] | undefined) ?? []

/** The quick filters' component, added once to the list of every collection that has work items. */
export const QUICK_FILTERS_COMPONENT = '/src/kernel/workList/QuickFilters#QuickFilters'

/**
 * A module registers what waits in its collections: the items feed the dashboard's work list
 * and `GET /api/work-list`, and each collection's list gains the items as one-click filters.
 * Register after the collections are in the config.
 */
export const withWorkItems = (config: Config, items: WorkItem[]): Config => {
  const slugs = new Set<string>(items.map((item) => item.collection))
  return {
    ...config,
    custom: { ...config.custom, [ITEMS_KEY]: [...((config.custom?.[ITEMS_KEY] as WorkItem[] | undefined) ?? []), ...items] },
    collections: (config.collections ?? []).map((collection) => {
      const before = collection.admin?.components?.beforeListTable ?? []
      if (!slugs.has(collection.slug) || before.includes(QUICK_FILTERS_COMPONENT)) return collection
      return {
        ...collection,
        admin: { ...collection.admin, components: { ...collection.admin?.components, beforeListTable: [...before, QUICK_FILTERS_COMPONENT] } },
      }
    }),
  }
}

/** The item's filter for this user. */
export const whereFor = ({ item, user }: { item: WorkItem; user: Principal }): Where => (typeof item.where === 'function' ? item.where({ user }) : item.where)

/** The item is work for this user: staff who work in one of its sections or hold one of its roles (all staff when it names none). */
export const isWorkFor = ({ item, user }: { item: WorkItem; user: Principal | null }): boolean => {
  if (!isStaffUser(user)) return false
  const { sections = [], roles = [] } = item
  if (sections.length === 0 && roles.length === 0) return true
  return sections.some((section) => userWorksIn(user, section)) || userHasRole(user, roles)
}
