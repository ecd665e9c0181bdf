import { createLocalReq, type Payload } from 'payload'

import { performTransition } from '../../lifecycle'
import { AUTOMATIC_ARCHIVING } from '../operations/archiveAccount'
import { ARCHIVING_RUNS_SLUG } from './collections'
import type { ArchivingSettings } from './defaults'
import { findArchivable } from './rule'

type RunError = { account: number; status: number; message: string }

/**
 * The real run of the automatic rule, in chunks: each chunk is found afresh by the rule (so an
 * account that gained an open programme meanwhile is left alone), each account is archived by
 * its own short transaction (`ARCHIVE {reason: automatic}`, erasing its identity), and the run
 * document is updated after every chunk. No long transaction, no lock on the list.
 * Safe to run twice: an archived account no longer matches the rule.
 * At merge, this becomes a `bulk-operations` kind (`archiving`) with the same loop.
 */
export const runArchiving = async ({
  payload,
  settings,
  trigger = 'nightly',
  now = new Date(),
}: {
  payload: Payload
  settings: Pick<ArchivingSettings, 'minAge' | 'chunkSize'>
  trigger?: 'nightly' | 'manual'
  now?: Date
}) => {
  const systemReq = await createLocalReq({ context: { [AUTOMATIC_ARCHIVING]: true } }, payload)
  const run = await payload.create({ collection: ARCHIVING_RUNS_SLUG as 'users', data: { trigger, status: 'running' } as never, overrideAccess: true, req: systemReq })
  const totals = { total: 0, done: 0, failed: 0 }
  const errors: RunError[] = []
  let afterId = 0
  try {
    for (;;) {
      const chunk = await findArchivable({ req: systemReq, minAge: settings.minAge, afterId, limit: settings.chunkSize, now })
      if (chunk.length === 0) break
      totals.total += chunk.length
      for (const account of chunk) {
        // A request of its own per account: its own transaction, committed at once.
        const req = await createLocalReq({ context: { [AUTOMATIC_ARCHIVING]: true } }, payload)
        try {
          await performTransition({ req, collection: 'accounts', id: account.id, event: { type: 'ARCHIVE', reason: 'automatic' }, skipPermission: true })
          totals.done += 1
        } catch (error) {
          const status = (error as { status?: number }).status ?? 500
          if (status === 409) {
            // Archived meanwhile by someone else: nothing left to do for it.
            totals.total -= 1
            continue
          }
          totals.failed += 1
          errors.push({ account: account.id, status, message: (error as Error).message })
        }
      }
      afterId = chunk[chunk.length - 1].id
      await payload.update({ collection: ARCHIVING_RUNS_SLUG as 'users', id: run.id, data: { ...totals, errors } as never, overrideAccess: true, req: systemReq })
    }
    return await payload.update({
      collection: ARCHIVING_RUNS_SLUG as 'users',
      id: run.id,
      data: { ...totals, errors, status: 'done', finishedAt: new Date().toISOString() } as never,
      overrideAccess: true,
      req: systemReq,
    })
  } catch (error) {
    payload.logger.error({ msg: "Passage d'archivage en échec", err: error })
    return await payload.update({
      collection: ARCHIVING_RUNS_SLUG as 'users',
      id: run.id,
      data: { ...totals, errors: [...errors, { account: 0, status: 500, message: (error as Error).message }], status: 'failed', finishedAt: new Date().toISOString() } as never,
      overrideAccess: true,
      req: systemReq,
    })
  }
}
