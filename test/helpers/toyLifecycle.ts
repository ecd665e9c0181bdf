import { postgresAdapter } from '@payloadcms/db-postgres'
import { buildConfig, type Access } from 'payload'
import { setup } from 'xstate'

import { bindLifecycle, lifecyclePlugin, type EffectHandler } from '../../plugins/lifecycle'
import type { LifecycleDefinition } from '../../workflows/shared/types'

/**
 * A toy lifecycle on a minimal Payload config of its own: the lifecycle plugin alone, tested
 * without any module. A request is submitted with a note, then approved or rejected (a reason
 * required, read by a guard) by a « responsable ».
 */
export const toyMachine = setup({
  types: { events: {} as { type: 'SUBMIT'; note: string } | { type: 'APPROVE' } | { type: 'REJECT'; reason: string } },
  guards: { hasReason: ({ event }) => event.type === 'REJECT' && typeof event.reason === 'string' },
  actions: { notifyApproved: () => {} },
}).createMachine({
  id: 'toy',
  initial: 'draft',
  states: {
    draft: { on: { SUBMIT: 'submitted' } },
    submitted: { on: { APPROVE: { target: 'approved', actions: 'notifyApproved' }, REJECT: { target: 'rejected', guard: 'hasReason' } } },
    approved: { type: 'final' },
    rejected: { type: 'final' },
  },
})

export const toyLifecycle: LifecycleDefinition = {
  states: {
    draft: { label: { fr: 'Brouillon', en: 'Draft' }, color: 'grey' },
    submitted: { label: { fr: 'Soumise', en: 'Submitted' }, color: 'orange' },
    approved: { label: { fr: 'Approuvée', en: 'Approved' }, color: 'green' },
    rejected: { label: { fr: 'Refusée', en: 'Rejected' }, color: 'red' },
  },
  events: {
    SUBMIT: {
      label: { fr: 'Soumettre', en: 'Submit' },
      fields: [{ name: 'note', type: 'text', required: true, maxLength: 20, label: { fr: 'Note', en: 'Note' } }],
    },
    APPROVE: { label: { fr: 'Approuver', en: 'Approve' } },
    // The guard reads `reason`: without the probe, the transitions list would never offer REJECT.
    REJECT: { label: { fr: 'Refuser', en: 'Reject' }, probe: { reason: '' }, fields: [{ name: 'reason', type: 'text', required: true, label: { fr: 'Motif', en: 'Reason' } }] },
  },
}

const loggedIn: Access = ({ req }) => Boolean(req.user)
const manager: Access = ({ req }) => ((req.user as { roles?: string[] } | null)?.roles ?? []).includes('manager')

/** Every run of the `notifyApproved` effect, by document id. */
export const approvedNotices: (number | string)[] = []
const notifyApproved: EffectHandler = async ({ doc }) => {
  approvedNotices.push(doc.id)
}

export const toyConfig = (databaseUrl: string) =>
  buildConfig({
    secret: 'toy-lifecycle-secret-of-at-least-32-chars',
    db: postgresAdapter({ pool: { connectionString: databaseUrl, max: 5 }, push: true }),
    typescript: { autoGenerate: false },
    telemetry: false,
    // Effects only queued: the test runs the queue itself to count the runs.
    jobs: { shouldAutoRun: () => false },
    collections: [
      { slug: 'users', auth: true, fields: [{ name: 'roles', type: 'select', hasMany: true, options: ['manager', 'clerk'] }] },
      // The history collection relates its author to `users` or `accounts`.
      { slug: 'accounts', fields: [{ name: 'name', type: 'text' }] },
      bindLifecycle(
        { slug: 'requests', access: { read: loggedIn, create: loggedIn, update: loggedIn }, fields: [{ name: 'note', type: 'text' }] },
        {
          machine: toyMachine,
          definition: toyLifecycle,
          permissions: { SUBMIT: loggedIn, APPROVE: manager, REJECT: manager },
          apply: { SUBMIT: ({ event }) => ({ note: event.note }) },
          effects: { notifyApproved },
        },
      ),
    ],
    plugins: [lifecyclePlugin({ autoRunCron: false })],
  })
