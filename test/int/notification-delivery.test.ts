import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { CaughtMail, MailCatcher } from '../../src/host/email/mailCatcher'
import { notifyStaff } from '../../src/kernel/notifications/notify'
import { staff } from '../helpers/api'
import { startTestMailbox } from '../helpers/mail'
import { closeLocalPayload, localPayload, userByEmail } from '../helpers/payload'

/**
 * One notification is two deliveries, the in-app row and the e-mail: whoever opens the e-mail
 * finds the notification in their space already, and a failed e-mail leaves no row behind (the
 * job's retry then delivers both).
 */
describe('Notifications : la ligne avant l’e-mail', () => {
  let payload: Payload
  let mailbox: MailCatcher
  let refuseNext = false
  const rowsSeenOnArrival: number[] = []
  const run = Date.now()

  const rowsWithKey = async (key: string) =>
    (await payload.count({ collection: 'notifications', where: { dedupeKey: { contains: key } }, overrideAccess: true })).totalDocs

  beforeAll(async () => {
    payload = await localPayload()
    mailbox = await startTestMailbox(async (mail: CaughtMail) => {
      if (!mail.raw.includes(`Livraison ${run}`)) return
      // The sender's `sendEmail` is still pending: what is in the database now is what it wrote before sending.
      rowsSeenOnArrival.push(await rowsWithKey(`delivery-${run}`))
      if (refuseNext) {
        refuseNext = false
        throw new Error('Boîte pleine')
      }
    })
  })

  afterAll(async () => {
    await payload.delete({ collection: 'notifications', where: { dedupeKey: { contains: `delivery-${run}` } }, overrideAccess: true })
    await mailbox.stop()
    await closeLocalPayload()
  })

  const deliver = async (key: string) => {
    const user = await userByEmail(payload, staff('counsellor'))
    const req = await createLocalReq({}, payload)
    await notifyStaff({
      req,
      kind: 'offer-alert',
      title: `Livraison ${run}`,
      lines: [`Livraison ${run} : une nouvelle offre.`],
      dedupeKey: `delivery-${run}-${key}`,
      recipients: [{ id: user.id, email: user.email, alerts: { email: ['offer-alert'], inApp: ['offer-alert'] } }],
    })
  }

  it('quand l’e-mail arrive, la notification est déjà dans l’espace de la personne', async () => {
    await deliver('first')
    expect(rowsSeenOnArrival).toEqual([1])
    expect(await rowsWithKey(`delivery-${run}-first`)).toBe(1)
  })

  it('un e-mail refusé ne laisse pas de notification seule ; la reprise livre les deux', async () => {
    refuseNext = true
    await expect(deliver('second')).rejects.toThrow()
    expect(await rowsWithKey(`delivery-${run}-second`)).toBe(0)
    await deliver('second')
    expect(await rowsWithKey(`delivery-${run}-second`)).toBe(1)
    expect(mailbox.messages.filter((mail) => mail.raw.includes(`Livraison ${run}`))).toHaveLength(2)
  })
})
