import { sql } from 'drizzle-orm'
import { APIError, type CollectionAfterErrorHook, type CollectionBeforeValidateHook, type Field, type FieldHook, type PayloadRequest } from 'payload'

import { drizzleFor, tableNameOf } from '../../../../src/kernel/db/requestDb'
import { ANONYMISED } from '../../../../src/kernel/lib/displayName'
import { relationId } from '../../../../src/kernel/lib/relationId'

/**
 * « Prénom Nom » compared as a person would: accents, case, hyphens, apostrophes and extra
 * spaces ignored (« Sylvie DEBOUT » = « sylvie debout » = « Sylvie Débout »).
 */
export const normaliseName = (value: unknown) =>
  typeof value === 'string'
    ? value
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .replace(/[\s'’‐-]+/g, ' ')
        .trim()
    : ''

/** The stored comparison key of a user's names; none for an unnamed or anonymised user. */
export const nameKeyOf = (firstName: unknown, lastName: unknown): string | null => {
  const first = normaliseName(firstName)
  const last = normaliseName(lastName)
  if (!first || !last || firstName === ANONYMISED || lastName === ANONYMISED) return null
  return `${first}|${last}`
}

const computeNameKey: FieldHook = ({ data, originalDoc }) =>
  nameKeyOf(data?.firstName !== undefined ? data.firstName : originalDoc?.firstName, data?.lastName !== undefined ? data.lastName : originalDoc?.lastName)

/** Hidden, indexed, never readable through the API, always recomputed from the names. */
export const nameKeyField: Field = {
  name: 'nameKey',
  type: 'text',
  index: true,
  admin: { hidden: true, disableListColumn: true, disableListFilter: true },
  access: { read: () => false },
  hooks: { beforeChange: [computeNameKey] },
}

/** « Ignorer les utilisateurs existants et créer un nouveau compte »: a creation's flag, never stored. */
export const ignoreDuplicatesField: Field = {
  name: 'ignoreDuplicates',
  type: 'checkbox',
  virtual: true,
  label: { fr: 'Ignorer les utilisateurs existants et créer un nouveau compte', en: 'Ignore existing users and create a new account' },
  admin: {
    // Only on the creation form, under the homonyms panel that explains it.
    condition: (data) => !data?.id,
    components: { Field: '/plugins/core/components/HomonymsPanel#HomonymsPanel' },
  },
  hooks: { afterRead: [() => undefined] },
}

export type Homonym = { id: number; firstName: string | null; lastName: string | null; structures: { id: number; name: string }[]; status: string }

/**
 * Every user (any structure, any state but unsubscribed, whose name is gone) bearing these
 * names; only what the homonyms answer may reveal: names, structures, state.
 */
export const findHomonyms = async ({ req, firstName, lastName }: { req: PayloadRequest; firstName: unknown; lastName: unknown }): Promise<Homonym[]> => {
  const key = nameKeyOf(firstName, lastName)
  if (!key) return []
  await backfillNameKeys(req)
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { and: [{ nameKey: { equals: key } }, { status: { not_equals: 'unsubscribed' } }] },
    depth: 0,
    limit: 20,
    sort: 'id',
    overrideAccess: true,
    select: { firstName: true, lastName: true, structures: true, status: true },
    req,
  })
  const structureIds = [...new Set(docs.flatMap((doc) => ((doc.structures ?? []) as unknown[]).map(relationId)).filter((id): id is number => id !== null))]
  const { docs: structures } = structureIds.length
    ? await req.payload.find({ collection: 'structures', where: { id: { in: structureIds } }, depth: 0, limit: structureIds.length, overrideAccess: true, select: { name: true }, req })
    : { docs: [] }
  const names = new Map(structures.map((s) => [s.id as number, String((s as { name?: string }).name ?? '')]))
  return docs.map((doc) => ({
    id: doc.id as number,
    firstName: (doc.firstName as string | null) ?? null,
    lastName: (doc.lastName as string | null) ?? null,
    structures: ((doc.structures ?? []) as unknown[])
      .map(relationId)
      .filter((id): id is number => id !== null)
      .map((id) => ({ id, name: names.get(id) ?? '' })),
    status: String(doc.status),
  }))
}

type Executor = { execute: (query: unknown) => Promise<{ rows: Record<string, unknown>[] }> }

/**
 * Users written before `nameKey` existed (a database migrated from an earlier version) get their
 * key the first time homonyms are looked for: a few hundred staff rows, once.
 */
const backfillNameKeys = async (req: PayloadRequest) => {
  const db = await drizzleFor<Executor>(req)
  const users = sql.identifier(tableNameOf(req, 'users'))
  const { rows } = await db.execute(sql`
    SELECT id, first_name, last_name FROM ${users}
    WHERE name_key IS NULL AND first_name IS NOT NULL AND last_name IS NOT NULL AND status <> 'unsubscribed' LIMIT 5000`)
  for (const row of rows) {
    const key = nameKeyOf(row.first_name, row.last_name)
    if (key) await db.execute(sql`UPDATE ${users} SET name_key = ${key} WHERE id = ${row.id as number}`)
  }
}

const DUPLICATES = 'DuplicateUsers'

/** 409: these names are already known; the answer holds the matches and nothing else. */
export const duplicateUsers = (duplicates: Homonym[]) => {
  const error = new APIError(
    `Un ou plusieurs utilisateurs portent déjà ces nom et prénom. Ajoutez le compte existant à votre structure, ou confirmez la création d’un nouveau compte (« ignoreDuplicates »).`,
    409,
    { duplicates },
    true,
  )
  error.name = DUPLICATES
  return error
}

/**
 * Seed 003, « Création du compte »: a creation sent over REST or GraphQL (the admin's form
 * included) whose names match an existing user is refused with the matches, unless the body
 * says `"ignoreDuplicates": true`. After access is checked (this runs in `beforeValidate`), so
 * only those who may create users learn who exists. The Local API (seed, platform code) decides
 * for itself.
 */
export const refuseHomonyms: CollectionBeforeValidateHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || !data || req.payloadAPI === 'local') return data
  const { ignoreDuplicates, ...rest } = data as Record<string, unknown>
  if (ignoreDuplicates === true) return rest
  const duplicates = await findHomonyms({ req, firstName: data.firstName, lastName: data.lastName })
  if (duplicates.length > 0) throw duplicateUsers(duplicates)
  return rest
}

/** The REST answer of a homonym refusal: `{ duplicates: [...] }` and no other field. */
export const answerDuplicates: CollectionAfterErrorHook = ({ error }) => {
  if ((error as Error)?.name !== DUPLICATES) return
  return { response: { duplicates: (error as APIError<{ duplicates: Homonym[] }>).data?.duplicates ?? [] }, status: 409 }
}
