import type { Access } from 'payload'

import { accountLifecycle, accountMachine } from '../../../../workflows/account/machine'
import type { LifecycleBinding } from '../../../lifecycle'
import { allOf, followedByUser, followedThroughProgrammes, opensSection, asPrincipal, isStaffUser } from '../../../../src/kernel/access'
import { followsTheFile } from './followsTheFile'
import { invalidField } from '../../../../src/kernel/lib/errors'
import { confirmPreRegistration, eraseAccountIdentity, eraseIdentity, notifyAccountEnabled, notifyPreRegistration, notifyTransferTarget, warnPreRegistrationOfKnownEmail } from './effects'
import { KNOWN_EMAIL_EFFECT } from './preRegistrationOfKnownEmail'
import { archiveChanges } from '../../operations/archiveAccount'
import { closeOpenProgrammes } from '../../operations/followUpProgramme'

/** The transfer's target, as its form names it. */
const DESTINATION = accountLifecycle.events.TRANSFER.fields?.[0]?.label.fr

/** Staff whose roles cover accounts, on the files their structures administer (seed 000; its open follow-up programme, issue 18). */
const manageAccounts: Access = allOf(opensSection('accounts'), followsTheFile)

/** CEJ (seed 001) « Supprimer ce compte »: the young person's own counsellor, whose structure follows them. */
const theirCounsellor: Access = allOf(opensSection('cej'), followedThroughProgrammes(), followedByUser('referents'))

export const accountBinding: LifecycleBinding = {
  machine: accountMachine,
  definition: accountLifecycle,
  // ARCHIVE: staff of the account's structures, one account at a time; `automatic` is refused to any person (archiveChanges).
  permissions: { ENABLE: manageAccounts, TRANSFER: manageAccounts, DISABLE: manageAccounts, DELETE: theirCounsellor, ARCHIVE: manageAccounts },
  apply: {
    ARCHIVE: archiveChanges,
    TRANSFER: async ({ doc, event, req }) => {
      const target = await req.payload.findByID({ collection: 'structures', id: event.structure as number, depth: 0, overrideAccess: true, disableErrors: true, req })
      if (target?.type !== 'mission-locale') {
        throw invalidField({ req, path: 'structure', label: DESTINATION, message: 'Choisissez une Mission Locale existante comme destination du transfert.' })
      }
      if (Number(doc.structure) === target.id) {
        throw invalidField({ req, path: 'structure', label: DESTINATION, message: 'Le compte est déjà suivi par cette Mission Locale.' })
      }
      // Writing the new `structure` moves the follow-up programme with it (followUpAtStructure).
      return { structure: target.id, transferMessage: (event.message as string | undefined) ?? null }
    },
    // Erasing the person reaches every programme (issue 18).
    DELETE: async ({ doc, req }) => {
      await closeOpenProgrammes({ req, account: Number(doc.id) })
      return { ...eraseAccountIdentity({ doc }), sharesWithFollowers: false }
    },
  },
  effects: { eraseIdentity, notifyAccountEnabled, notifyTransferTarget, confirmPreRegistration, notifyPreRegistration, [KNOWN_EMAIL_EFFECT]: warnPreRegistrationOfKnownEmail },
  // An account created by staff is enabled at once, through a recorded ENABLE.
  onCreate: ({ req }) => (isStaffUser(asPrincipal(req.user)) ? { type: 'ENABLE' } : null),
  createEffects: ({ req }) => (req.user ? [] : ['confirmPreRegistration', 'notifyPreRegistration']),
}
