import type { LifecycleBinding } from '../../lifecycle'
import { anyOf, isSuperAdmin } from '../../../src/kernel/access'
import { bilanPhaseLifecycle, bilanPhaseMachine } from '../../../workflows/bilan-phase/machine'
import { followBilans, followOrSuperAdmin, ownBilan } from '../access/bilanAccess'
import { notifyPhaseSubmitted } from '../operations/notifyPhaseSubmitted'
import { requireAnswers } from '../operations/requireAnswers'

/** The candidate starts and submits; the counsellor completes or reopens (seed 002). */
export const bilanStepBinding: LifecycleBinding = {
  machine: bilanPhaseMachine,
  definition: bilanPhaseLifecycle,
  permissions: {
    START: anyOf(isSuperAdmin, followBilans, ownBilan),
    SUBMIT: ownBilan,
    COMPLETE: followOrSuperAdmin,
    REOPEN: followOrSuperAdmin,
  },
  apply: {
    SUBMIT: async ({ doc, req }) => {
      await requireAnswers({ req, step: doc })
      return { submittedAt: new Date().toISOString() }
    },
    COMPLETE: () => ({ completedAt: new Date().toISOString() }),
    REOPEN: () => ({ completedAt: null, submittedAt: null }),
  },
  effects: { notifyPhaseSubmitted },
}
