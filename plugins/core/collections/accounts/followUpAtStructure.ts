import type { CollectionAfterChangeHook } from 'payload'

import { relationId } from '../../../../src/kernel/lib/relationId'
import { moveFollowUpProgramme, openFollowUpProgramme } from '../../operations/followUpProgramme'

/**
 * Issue 18: a structure follows a young person only through a programme. Every account is born
 * with the follow-up by its structure of first contact (pre-registration, staff creation, import,
 * « Ajouter un bénéficiaire », seeds: all go through this hook, in the creation's transaction),
 * and every change of `structure` (the TRANSFER event, a change of attachment place, an
 * administrator's edit) moves it: the old structure's follow-up closes, one opens at the new one.
 */
export const followUpAtStructure: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  const structure = relationId(doc.structure)
  if (operation === 'create') {
    if (structure !== null) await openFollowUpProgramme({ req, account: Number(doc.id), structure })
    return doc
  }
  // An archived file's programmes no longer change (archiving closed them).
  if (doc.status === 'archived' || relationId(previousDoc?.structure) === structure) return doc
  await moveFollowUpProgramme({ req, account: Number(doc.id), to: structure })
  return doc
}
