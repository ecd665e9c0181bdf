/**
 * The access vocabulary: small named functions returning `boolean | Where`, combined with
 * `anyOf` / `allOf`. Every collection builds its rules from these; none writes its own.
 */
import type { Access, FieldAccess, PayloadRequest, Where } from 'payload'

import type { AccessFn } from './compose'
import type { Role, Section } from './roles'
import { accountsFollowedBeyondTheirFollowUp, CLOSED_PROGRAMME_STATUS } from './followers'
import { structuresWithAncestors, userStructureScope } from './structureScope'
import {
  asPrincipal,
  isAccountUser,
  isStaffUser,
  isSuperAdminUser,
  userHasRole,
  userOpensSection,
  userStructureIds,
  userWorksIn,
} from './user'

export { allOf, anyOf, when, type AccessFn } from './compose'
export { CLOSED_PROGRAMME_STATUS, FOLLOW_UP_PROGRAMME_KIND, forgetFollowersRead, MAX_FOLLOWED_BY_ID } from './followers'
export { decidedOncePerRequest } from './decidedOncePerRequest'
export { hiddenUnless } from './hiddenUnless'
export { moduleFields, worksInField } from './moduleFields'
export { structureTypesField } from './structureTypesField'
export { requireAccess } from './requireAccess'
export * from './roles'
export { structuresWithAncestors, structuresWithDescendants, userStructureScope } from './structureScope'
export * from './user'

export const anyone: Access = () => true
export const nobody: Access = () => false

export const isSuperAdmin: Access = ({ req }) => isSuperAdminUser(asPrincipal(req.user))
export const isStaff: Access = ({ req }) => isStaffUser(asPrincipal(req.user))
export const isAccount: Access = ({ req }) => isAccountUser(asPrincipal(req.user))
export const isLoggedIn: Access = ({ req }) => Boolean(req.user)

export const hasRole =
  (...roles: Role[]): Access =>
  ({ req }) =>
    userHasRole(asPrincipal(req.user), roles)

/** The user's roles open this section of the manual (super-admin opens all). */
export const opensSection =
  (section: Section): Access =>
  ({ req }) =>
    userOpensSection(asPrincipal(req.user), section)

/**
 * Where the user acts: everywhere for super-admins, otherwise their structures and everything
 * below (none for anyone but staff). `inUserStructures` and the SQL exports read this one rule.
 */
export const structuresActedOn = async (req: PayloadRequest): Promise<'everywhere' | number[]> =>
  isSuperAdminUser(asPrincipal(req.user)) ? 'everywhere' : userStructureScope(req)

/**
 * Documents whose `field` (a structure relationship, single or list) lies in the user's
 * structures or below. Super-admins see every structure.
 */
export const inUserStructures =
  (field = 'structure'): AccessFn =>
  async ({ req }) => {
    const scope = await structuresActedOn(req)
    if (scope === 'everywhere') return true
    if (scope.length === 0) return false
    return oneOfIds(field, scope)
  }

/**
 * Young people (accounts, or the records whose `account` path points at one) whose file the
 * user's structures administer: those running its open follow-up programme (the structure of
 * first contact, issue 18), read on the account's `followUpStructure` column that PostgreSQL
 * keeps from the programmes (plugins/core/followUpStructure). Super-admins administer every file.
 */
export const followedThroughFollowUp =
  ({ account = '' }: { account?: string } = {}): AccessFn =>
  async ({ req }) => {
    const scope = await structuresActedOn(req)
    if (scope === 'everywhere') return true
    if (scope.length === 0) return false
    return oneOfIds(`${account ? `${account}.` : ''}followUpStructure`, scope)
  }

/**
 * Young people (accounts, or the records whose `account` path points at one) that the user's
 * structures follow: those running one of their open programmes. `accounts.structure` decides
 * nothing (issue 18). The follow-up is the account's indexed `followUpStructure` column; the
 * other programmes (a CEJ, a bilan, a placement) add their accounts by id, read in one statement
 * (./followers), or, past MAX_FOLLOWED_BY_ID of them, through the accounts' `programmes` join (a
 * `LEFT JOIN` with `SELECT DISTINCT`, correct but slower). Super-admins follow everyone.
 */
export const followedThroughProgrammes =
  ({ account = '' }: { account?: string } = {}): AccessFn =>
  async ({ req }) => {
    const scope = await structuresActedOn(req)
    if (scope === 'everywhere') return true
    if (scope.length === 0) return false
    const on = account ? `${account}.` : ''
    const beyond = await accountsFollowedBeyondTheirFollowUp(req, scope)
    if (beyond === null) {
      return {
        and: [oneOfIds(`${on}programmes.structure`, scope), { [`${on}programmes.status`]: { not_equals: CLOSED_PROGRAMME_STATUS } } as Where],
      }
    }
    const byFollowUp = oneOfIds(`${on}followUpStructure`, scope)
    return beyond.length === 0 ? byFollowUp : { or: [byFollowUp, { [account || 'id']: { in: beyond } } as Where] }
  }

/**
 * `field` is one of `ids`, as equalities: Payload's `in` on a relationship sends every id twice
 * (as number and as text), which doubles PostgreSQL's row estimate and misleads its plan (issue #16).
 */
export const oneOfIds = (field: string, ids: number[]): Where =>
  ids.length === 1 ? ({ [field]: { equals: ids[0] } } as Where) : { or: ids.map((id) => ({ [field]: { equals: id } }) as Where) }

/**
 * Documents whose `field` lies in the user's structures, below them, or above them (their
 * Mission Locale's region…): rules set higher up that apply to the user's records. Super-admins
 * see every structure; anyone but staff none.
 */
export const inOrAboveUserStructures =
  (field = 'structure'): AccessFn =>
  async ({ req }) => {
    const scope = await structuresActedOn(req)
    if (scope === 'everywhere') return true
    const above = await structuresWithAncestors({ req, ids: userStructureIds(asPrincipal(req.user)) })
    const ids = [...new Set([...scope, ...above])]
    return ids.length ? oneOfIds(field, ids) : false
  }

/** The logged-in principal's own record in `collection` (ids of users and accounts overlap). */
export const isSelfIn =
  (collection: 'users' | 'accounts'): Access =>
  ({ req }) =>
    req.user?.collection === collection ? { id: { equals: req.user.id } } : false

export const isAnonymous: Access = ({ req }) => !req.user

/** Records whose `field` points at the logged-in young person's account. */
export const ownedByAccount =
  (field = 'account'): AccessFn =>
  ({ req }) => {
    const user = asPrincipal(req.user)
    return isAccountUser(user) ? ({ [field]: { equals: user.id } } as Where) : false
  }

/** The structure following the logged-in young person (their account's `structure`): they may read who it is. */
export const followingStructureOfAccount: AccessFn = ({ req }) => {
  const user = asPrincipal(req.user) as (ReturnType<typeof asPrincipal> & { structure?: unknown }) | null
  if (!isAccountUser(user) || user.structure == null) return false
  const structure = typeof user.structure === 'object' ? (user.structure as { id: unknown }).id : user.structure
  return { id: { equals: structure } } as Where
}

/**
 * Records whose `field` lies in the structure following the logged-in young person or above it
 * (their antenne's Mission Locale, its region): what those structures publish for their young people.
 */
export const inOrAboveAccountStructure =
  (field = 'structure'): AccessFn =>
  async ({ req }) => {
    const user = asPrincipal(req.user) as (ReturnType<typeof asPrincipal> & { structure?: unknown }) | null
    if (!isAccountUser(user) || user.structure == null) return false
    const structure = Number(typeof user.structure === 'object' ? (user.structure as { id: unknown }).id : user.structure)
    const ids = await structuresWithAncestors({ req, ids: [structure] })
    return ids.length ? ({ [field]: { in: ids } } as Where) : false
  }

/** Records whose `field` (a users relationship, single or list) holds the logged-in staff user. */
export const followedByUser =
  (field = 'referents'): AccessFn =>
  ({ req }) => {
    const user = asPrincipal(req.user)
    return isStaffUser(user) ? ({ [field]: { in: [user.id] } } as Where) : false
  }

/** The user works in this module (roles and the type of their structures; see `userWorksIn`). */
export const worksIn =
  (section: Section): Access =>
  ({ req }) =>
    userWorksIn(asPrincipal(req.user), section)

/** Staff in a section, limited to the structures they act on. */
export const sectionInStructures = (section: Section, field = 'structure'): Access =>
  async (args) => {
    if (!userOpensSection(asPrincipal(args.req.user), section)) return false
    return inUserStructures(field)(args)
  }

/** Field-level: only staff may set or read this field. */
export const staffField: FieldAccess = ({ req }) => isStaffUser(asPrincipal(req.user))

/** Field-level: only super-admins. */
export const superAdminField: FieldAccess = ({ req }) => isSuperAdminUser(asPrincipal(req.user))

/** Field-level: nobody changes this field on their own record (roles, structures…). */
export const notOnOwnRecord: FieldAccess = ({ req, id }) =>
  isStaffUser(asPrincipal(req.user)) && (id === undefined || String(id) !== String(req.user?.id))

/**
 * Field-level: only the principal this record is. Ids of staff users and accounts overlap, so
 * the collection is compared too (Payload's own check compares ids alone).
 */
export const ownRecordField =
  (collection: 'users' | 'accounts'): FieldAccess =>
  ({ req, doc, id }) =>
    req.user?.collection === collection && String(req.user.id) === String(doc?.id ?? id)
