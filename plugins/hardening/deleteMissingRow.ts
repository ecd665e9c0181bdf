import type { Payload } from 'payload'

type DeleteOne = Payload['db']['deleteOne']

const UNDEFINED_TABLE = '42P01'

const isUndefinedTable = (error: unknown): boolean => {
  let current = error as { code?: unknown; cause?: unknown } | undefined
  for (let depth = 0; current && depth < 4; depth++, current = current.cause as typeof current) if (current.code === UNDEFINED_TABLE) return true
  return false
}

/**
 * Payload's PostgreSQL `deleteOne`, when its `where` goes through a join (a preference's
 * `user.value`) and no row matches, looks the row up again without the join: PostgreSQL
 * answers « missing FROM-clause entry » and `DELETE /api/payload-preferences/<missing>` a 500.
 * Nothing matched, so the answer is « nothing deleted » (`null`, which Payload turns into a
 * 404), checked with `findOne`, which builds its joins correctly.
 */
export const deleteMissingRowAsNotFound = (payload: Payload) => {
  const deleteOne: DeleteOne = payload.db.deleteOne.bind(payload.db)
  payload.db.deleteOne = (async (args) => {
    try {
      return await deleteOne(args)
    } catch (error) {
      if (!isUndefinedTable(error)) throw error
      const existing = await payload.db.findOne({ collection: args.collection, where: args.where, req: args.req }).catch(() => undefined)
      if (existing === null) return null
      throw error
    }
  }) as DeleteOne
}
