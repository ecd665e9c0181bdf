import type { CollectionConfig, Config, EditConfigWithoutRoot, Plugin } from 'payload'

import { asPrincipal, isSuperAdminUser } from '../access/user'

/** The document's « API » tab (raw JSON of the record) is a developer's tool: super-admins only. */
const apiTabForSuperAdmins = (collection: CollectionConfig): CollectionConfig => {
  const edit = collection.admin?.components?.views?.edit as EditConfigWithoutRoot | undefined
  // A collection that replaces its whole document view (`root`) has no API tab of Payload's.
  if (edit && 'root' in edit && edit.root) return collection
  return {
    ...collection,
    admin: {
      ...collection.admin,
      components: {
        ...collection.admin?.components,
        views: {
          ...collection.admin?.components?.views,
          edit: {
            ...edit,
            api: { ...edit?.api, tab: { ...edit?.api?.tab, condition: ({ req }) => isSuperAdminUser(asPrincipal(req.user)) } },
          } as EditConfigWithoutRoot,
        },
      },
    },
  }
}

/**
 * Conventions of the admin as staff use it, for every collection of every module: applied last,
 * after all modules added their collections. Keeps what each collection already set.
 */
export const staffAdminConventions =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map(apiTabForSuperAdmins),
  })
