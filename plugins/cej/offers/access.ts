import type { Where } from 'payload'

import { allOf, anyOf, inOrAboveAccountStructure, inOrAboveUserStructures, opensSection, ownedByAccount, sectionInStructures, type AccessFn } from '../../../src/kernel/access'

/** CEJ staff (counsellors, the Mission Locale's referents and admins) on records of their structures. */
export const cejStaffOn = (field = 'structure') => sectionInStructures('cej', field)

const published: AccessFn = () => ({ publication: { equals: 'published' } }) as Where

/**
 * The Mission Locale's offers: CEJ staff read those of their structures, below and above (a
 * region's offers reach every Mission Locale in it); young people read the published ones of the
 * structure following them or above. Another Mission Locale sees none.
 */
export const readCejOffers = anyOf(allOf(opensSection('cej'), inOrAboveUserStructures('structure')), allOf(inOrAboveAccountStructure('structure'), published))

/** A young person's own records (favourites, saved searches, shares to them). */
export const ownRecords = ownedByAccount('account')

/** The young person's own, or the CEJ staff of the structure following them (the counsellor sees who saved or applied). */
export const ownOrFollowingStaff = anyOf(ownRecords, cejStaffOn('structure'))
