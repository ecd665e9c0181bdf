import type { LifecycleBinding } from '../../../lifecycle'
import { anyOf, isSuperAdmin } from '../../../../src/kernel/access'
import { parrainageLifecycle, parrainageMachine } from '../../../../workflows/parrainage/machine'
import { employerOf, establishmentStaffOn } from '../../access'
import { notifyParrainageRequested, notifyParrainageValidated } from './effects'

const recruiter = anyOf(isSuperAdmin, employerOf('employer'))

export const parrainageBinding: LifecycleBinding = {
  machine: parrainageMachine,
  definition: parrainageLifecycle,
  permissions: {
    VALIDATE: establishmentStaffOn('structure'),
    ACCEPT: recruiter,
    DECLINE: recruiter,
  },
  effects: { notifyParrainageRequested, notifyParrainageValidated },
  createEffects: () => ['notifyParrainageRequested'],
}
