import { createLocalReq, type ServerProps } from 'payload'

import { asPrincipal, isStaffUser, userStructureIds } from '../../../../src/kernel/access'
import { SLUGS } from '../../../../collections/slugs'
import { SILENT_ALERT_SLUGS } from '../slugs'
import { SilentAlertClient } from './SilentAlertClient'

/**
 * On every admin page (the navigation is everywhere): the pop-up that shows a colleague's alert,
 * and, for a staff member of a structure that enabled it, the discreet « Alerte » button.
 */
export const SilentAlertNavLink = async ({ user, payload }: ServerProps) => {
  const principal = asPrincipal(user)
  if (!payload || !isStaffUser(principal)) return null
  const own = userStructureIds(principal)
  const req = await createLocalReq({ user }, payload)
  const settings = own.length
    ? (await payload.find({ collection: SILENT_ALERT_SLUGS.settings, where: { and: [{ structure: { in: own } }, { enabled: { equals: true } }] }, limit: own.length, depth: 0, overrideAccess: true, req })).docs
    : []
  const enabledIds = settings.map((s) => Number(typeof s.structure === 'object' ? s.structure.id : s.structure))
  const structures = enabledIds.length
    ? (await payload.find({ collection: SLUGS.structures, where: { id: { in: enabledIds } }, limit: enabledIds.length, depth: 0, select: { name: true }, overrideAccess: true, req })).docs.map((s) => ({ id: s.id, name: s.name }))
    : []
  return <SilentAlertClient structures={structures} />
}
