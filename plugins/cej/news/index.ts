import type { Config } from 'payload'

import { addAdminComponents } from '../../../src/kernel/admin/addAdminComponents'
import { News, NewsReads } from './collection'

/** « Les actualités » (seed 001): the `news` collection, its read markers and the menu link with the unread badge. */
export const withNews = (config: Config): Config => ({
  ...config,
  collections: [...(config.collections ?? []), News, NewsReads],
  admin: addAdminComponents({ admin: config.admin, afterNavLinks: ['/plugins/cej/news/components/NewsNavLink#NewsNavLink'] }),
})
