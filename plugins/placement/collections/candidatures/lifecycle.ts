import type { LifecycleBinding } from '../../../lifecycle'
import { anyOf, isSuperAdmin } from '../../../../src/kernel/access'
import { candidatureLifecycle, candidatureMachine } from '../../../../workflows/candidature/machine'
import { employerOf, establishmentStaffOn, ownedByCandidate } from '../../access'
import { relationId } from '../../../../src/kernel/lib/relationId'
import { requireContentOnSubmit } from '../../operations/requireContentOnSubmit'
import { notifyAwaitingValidation, notifyDecided, notifyHandled, notifySent } from './effects'

const candidate = anyOf(isSuperAdmin, ownedByCandidate)
const establishment = establishmentStaffOn('structure')
const recruiter = anyOf(isSuperAdmin, employerOf('employer'))

export const candidatureBinding: LifecycleBinding = {
  machine: candidatureMachine,
  definition: candidatureLifecycle,
  permissions: {
    SUBMIT: candidate,
    VALIDATE: establishment,
    HANDLE: recruiter,
    ACCEPT: recruiter,
    REJECT: recruiter,
    WITHDRAW: candidate,
  },
  // "Candidat autonome" is read from the account at the time of the event.
  context: async ({ doc, req }) => {
    const id = relationId(doc.candidate)
    const account = id ? await req.payload.findByID({ collection: 'accounts', id, depth: 0, overrideAccess: true, disableErrors: true, req }) : null
    return { isCandidateAutonomous: account?.autonomous === true }
  },
  apply: { SUBMIT: requireContentOnSubmit },
  effects: { notifyAwaitingValidation, notifySent, notifyHandled, notifyDecided },
}
