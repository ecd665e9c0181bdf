import type { Config } from 'payload'

type AdminComponents = NonNullable<NonNullable<Config['admin']>['components']>

/** What a module adds to the admin panel; every entry is optional. */
export type AdminAdditions = {
  /** Custom views, keyed by a name unique across modules (`{ Component, path, exact }`). */
  views?: NonNullable<AdminComponents['views']>
  /** Links appended to the navigation, after the collections. */
  afterNavLinks?: NonNullable<AdminComponents['afterNavLinks']>
  /** Blocks appended above the dashboard's collection cards. */
  beforeDashboard?: NonNullable<AdminComponents['beforeDashboard']>
}

/**
 * A copy of the host's `admin` with a module's views, navigation links and dashboard blocks
 * appended: what the host (and the modules composed before) set comes first and is kept.
 */
export const addAdminComponents = ({ admin, views = {}, afterNavLinks = [], beforeDashboard = [] }: AdminAdditions & { admin: Config['admin'] }): Config['admin'] => ({
  ...admin,
  components: {
    ...admin?.components,
    views: { ...admin?.components?.views, ...views },
    afterNavLinks: [...(admin?.components?.afterNavLinks ?? []), ...afterNavLinks],
    beforeDashboard: [...(admin?.components?.beforeDashboard ?? []), ...beforeDashboard],
  },
})
