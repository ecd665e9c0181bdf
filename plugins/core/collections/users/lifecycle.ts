import { userLifecycle, userMachine } from '../../../../workflows/user/machine'
import type { LifecycleBinding } from '../../../lifecycle'
import { administerUsers } from './administerUsers'

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
