import type { PayloadRequest } from 'payload'

import type { LifecycleBinding, LifecycleDocument } from '../types'

/** The machine's snapshot for the document's stored status (no actor, nothing runs). */
export const resolveSnapshot = async ({ binding, doc, req }: { binding: LifecycleBinding; doc: LifecycleDocument; req: PayloadRequest }) => {
  const context = binding.context ? await binding.context({ doc, req }) : {}
  const value = doc.status ?? (binding.machine.config.initial as string)
  return binding.machine.resolveState({ value, context: { ...(binding.machine.config.context ?? {}), ...context } })
}
