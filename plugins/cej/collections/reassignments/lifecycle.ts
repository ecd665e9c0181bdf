import type { Access, Where } from 'payload'

import { allOf, anyOf, hasRole, inUserStructures } from '../../../../src/kernel/access'
import { adminDocumentLink } from '../../../../src/kernel/email/links'
import type { AnyDoc } from '../../../../src/kernel/lib/loadDoc'
import { relationId } from '../../../../src/kernel/lib/relationId'
import { notifyStaff } from '../../../../src/kernel/notifications/notify'
import type { EffectHandler, LifecycleBinding } from '../../../lifecycle'
import { reassignmentLifecycle, reassignmentMachine } from '../../../../workflows/reassignment/machine'
import { startReturn } from '../../operations/reassignments'
import { CEJ_SLUGS } from '../../slugs'

/** One of its two counsellors. */
const itsCounsellor: Access = ({ req }) => (req.user?.collection === 'users' ? ({ or: [{ from: { equals: req.user.id } }, { to: { equals: req.user.id } }] } as Where) : false)

/** Both counsellors hear that the young people are back. */
const notifyCounsellors: EffectHandler = async ({ req, doc }) => {
  const ids = [relationId(doc.from), relationId(doc.to)].filter((id): id is number => id !== null)
  const { docs } = await req.payload.find({ collection: 'users', where: { id: { in: ids } }, depth: 0, overrideAccess: true, req })
  const count = ((doc.accounts ?? []) as unknown[]).length
  await notifyStaff({
    req,
    recipients: docs,
    kind: 'cej-reassignment',
    title: 'Réaffectation temporaire terminée',
    lines: [`La réaffectation temporaire est terminée : ${count} bénéficiaire(s) reviennent à leur conseiller d’origine.`],
    link: { label: 'Voir la réaffectation', url: adminDocumentLink(CEJ_SLUGS.reassignments, doc.id) },
    dedupeKey: `reassignment:${doc.id}:ended`,
  })
}

/**
 * `END` (a temporary reassignment): by one of its counsellors, an administrator of its
 * structure, or the platform's clock at the end date (jobs/reassignmentClockTask).
 */
export const reassignmentBinding: LifecycleBinding = {
  machine: reassignmentMachine,
  definition: reassignmentLifecycle,
  context: ({ doc }) => ({ type: doc.type }),
  permissions: { END: anyOf(itsCounsellor, allOf(hasRole('admin'), inUserStructures('structure'))) },
  apply: { END: ({ doc, req }) => startReturn({ req, doc: doc as AnyDoc }) },
  effects: { notifyCounsellors },
}
