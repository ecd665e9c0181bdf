import type { Field, FieldAccess } from 'payload'

import type { Section } from './roles'
import { decidedOncePerRequest } from './decidedOncePerRequest'
import { asPrincipal, isAccountUser, userWorksIn } from './user'

const worksInFieldBySection = new Map<Section, FieldAccess>()

/**
 * Field-level: the young person reads their own record whole; staff read the field only if they
 * work in `section` (`userWorksIn`). What `GET /api/access` reports and what the admin shows.
 * Depends on the caller alone: one decision per request and section, shared by every field of
 * the module on every document of a list (issue #16), not one per field per document.
 */
export const worksInField = (section: Section): FieldAccess => {
  let access = worksInFieldBySection.get(section)
  if (!access) {
    access = decidedOncePerRequest((req) => {
      const user = asPrincipal(req.user)
      return isAccountUser(user) || userWorksIn(user, section)
    })
    worksInFieldBySection.set(section, access)
  }
  return access
}

/** Both rules; the second is not asked when the first refuses (no promise made for a plain refusal). */
const both =
  (first: FieldAccess, second: FieldAccess): FieldAccess =>
  (args) => {
    const allowed = first(args)
    if (allowed === false) return false
    if (allowed === true) return second(args)
    return Promise.resolve(allowed).then((ok) => ok && second(args))
  }

/**
 * The fields a module adds to a shared collection (accounts, users…), read only by the staff who
 * work in the module: a Mission Locale referent does not see the Atouts candidate file, a DABM
 * counsellor not the CEJ beneficiary's file. A field's own read rule still applies on top;
 * presentational fields (rows, collapsibles) pass the rule to the fields they hold.
 */
export const moduleFields = ({ section, fields }: { section: Section; fields: Field[] }): Field[] =>
  fields.map((field): Field => {
    if (!('name' in field)) {
      return 'fields' in field ? ({ ...field, fields: moduleFields({ section, fields: field.fields }) } as Field) : field
    }
    // A `ui` field holds no data and has no access; the admin shows it with its collection.
    if (field.type === 'ui') return field
    const ownRead = field.access?.read
    const read = ownRead ? both(worksInField(section), ownRead) : worksInField(section)
    return { ...field, access: { ...field.access, read } } as Field
  })
