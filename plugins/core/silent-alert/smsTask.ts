import type { TaskConfig } from 'payload'

import { relationIds } from '../../../src/kernel/lib/relationId'
import { SLUGS } from '../../../collections/slugs'
import { SILENT_ALERT_SLUGS, SILENT_ALERT_SMS_TASK } from './slugs'

/**
 * The SMS of a silent alert, through the structure's provider: one `POST` of JSON
 * `{ to, message }` per colleague with a phone. A provider answering anything but 2xx fails the
 * job, which the queue retries; the alert keeps how many SMS went out.
 */
export const silentAlertSmsTask: TaskConfig = {
  slug: SILENT_ALERT_SMS_TASK,
  label: 'Sifflet silencieux : SMS aux collègues',
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 500 } },
  inputSchema: [{ name: 'alert', type: 'number', required: true }],
  handler: async ({ input, req }) => {
    const alert = await req.payload.findByID({ collection: SILENT_ALERT_SLUGS.alerts, id: (input as { alert: number }).alert, depth: 0, overrideAccess: true, req })
    if (alert.smsSent) return { output: { sent: alert.smsSent } }
    const [setting] = (await req.payload.find({ collection: SILENT_ALERT_SLUGS.settings, where: { structure: { equals: alert.structure } }, limit: 1, depth: 0, overrideAccess: true, req })).docs
    if (!setting?.smsProviderUrl) return { output: { sent: 0 } }
    const ids = relationIds(alert.recipients)
    const { docs } = await req.payload.find({ collection: SLUGS.users, where: { id: { in: ids } }, limit: ids.length || 1, depth: 0, select: { phone: true }, overrideAccess: true, req })
    const phones = docs.map((d) => d.phone).filter((p): p is string => Boolean(p))
    for (const to of phones) {
      const response = await fetch(setting.smsProviderUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ to, message: alert.summary }), signal: AbortSignal.timeout(10_000) })
      if (!response.ok) throw new Error(`Fournisseur SMS : réponse ${response.status}`)
    }
    await req.payload.update({ collection: SILENT_ALERT_SLUGS.alerts, id: alert.id, data: { smsSent: phones.length }, depth: 0, overrideAccess: true, req })
    return { output: { sent: phones.length } }
  },
}
