import { userLifecycle, userMachine } from '../../../../workflows/user/machine'
import { ANONYMISED } from '../../../../src/kernel/lib/displayName'
import { relationId } from '../../../../src/kernel/lib/relationId'
import type { LifecycleBinding } from '../../../lifecycle'
import { administerUsers } from './administerUsers'
import { anonymisedEmail, eraseUserTraces } from './eraseTraces'
import { obstaclesMessage, userObstacles } from './obstacles'

export const userBinding: LifecycleBinding = {
  machine: userMachine,
  definition: userLifecycle,
  permissions: { DEACTIVATE: administerUsers, REACTIVATE: administerUsers, UNSUBSCRIBE: administerUsers },
  context: async ({ doc, req }) => {
    const obstacles = await userObstacles({ req, user: doc })
    const followed = obstacles.find((o) => o.kind === 'referent' && o.collection === 'accounts')?.count ?? 0
    const referred = obstacles.filter((o) => o.kind === 'referent' && o.collection !== 'accounts').reduce((sum, o) => sum + o.count, 0)
    return { followedAccounts: followed, referredItems: referred, holdsDirection: obstacles.some((o) => o.kind === 'direction') }
  },
  // Seed 003: the 409 names what still hangs on the person, each with the transfer that clears it.
  refusal: {
    UNSUBSCRIBE: async ({ doc, req }) => {
      if (doc.status === 'unsubscribed') return null
      const obstacles = await userObstacles({ req, user: doc })
      return obstacles.length ? { message: obstaclesMessage(obstacles), data: { obstacles } } : null
    },
  },
  apply: {
    // A deactivated user's open sessions end at once; the date it took effect is kept and shown.
    DEACTIVATE: () => ({ sessions: [], deactivatedAt: new Date().toISOString() }),
    REACTIVATE: () => ({ deactivatedAt: null }),
    // In the transition's transaction: every copy of the name elsewhere, then the person's own fields.
    UNSUBSCRIBE: async ({ doc, req }) => {
      await eraseUserTraces({ req, user: doc })
      // Their photo is personal data too: the file goes with the record that pointed at it.
      const avatar = relationId(doc.avatar)
      if (avatar !== null) await req.payload.delete({ collection: 'media', id: avatar, overrideAccess: true, req })
      return {
        sessions: [],
        firstName: ANONYMISED,
        lastName: ANONYMISED,
        email: anonymisedEmail(doc.id),
        phone: null,
        jobTitle: null,
        avatar: null,
        deactivatedAt: null,
      }
    },
  },
}
