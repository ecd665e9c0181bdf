import type { Access } from 'payload'

import { userLifecycle, userMachine } from '../../workflows/user/machine'
import type { LifecycleBinding } from '../../plugins/lifecycle'
import { allOf, anyOf, inUserStructures, isSuperAdmin, opensSection } from '../../src/access'

/** Nobody changes their own access. */
const notSelf: Access = ({ req }) => (req.user ? { id: { not_equals: req.user.id } } : false)

const administerUsers: Access = allOf(notSelf, anyOf(isSuperAdmin, allOf(opensSection('administration'), inUserStructures('structures'))))

const ANONYMISED = 'Donnée anonymisée'

export const userBinding: LifecycleBinding = {
  machine: userMachine,
  definition: userLifecycle,
  permissions: { DEACTIVATE: administerUsers, REACTIVATE: administerUsers, UNSUBSCRIBE: administerUsers },
  context: async ({ doc, req }) => {
    const { totalDocs } = await req.payload.count({ collection: 'accounts', where: { referents: { in: [doc.id] } }, overrideAccess: true, req })
    return { followedAccounts: totalDocs, holdsDirection: ((doc.functions as string[] | undefined) ?? []).includes('direction') }
  },
  apply: {
    // A deactivated user's open sessions end at once.
    DEACTIVATE: () => ({ sessions: [] }),
    UNSUBSCRIBE: ({ doc }) => ({
      sessions: [],
      firstName: ANONYMISED,
      lastName: ANONYMISED,
      email: `anonyme-${doc.id}@anonymise.invalid`,
      phone: null,
      jobTitle: null,
      avatar: null,
    }),
  },
}
