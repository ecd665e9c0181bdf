import type { Access, AccessArgs, AccessResult, Where } from 'payload'

/** An access function as Payload calls it; ours always return `boolean | Where`. */
export type AccessFn = (args: AccessArgs) => AccessResult | Promise<AccessResult>

const isWhere = (result: AccessResult): result is Where => typeof result === 'object' && result !== null

/** Grants what any of the functions grants: `true` wins, Wheres are OR-ed, `false` is dropped. */
export const anyOf =
  (...fns: AccessFn[]): Access =>
  async (args) => {
    const wheres: Where[] = []
    for (const fn of fns) {
      const result = await fn(args)
      if (result === true) return true
      if (isWhere(result)) wheres.push(result)
    }
    if (wheres.length === 0) return false
    return wheres.length === 1 ? wheres[0] : { or: wheres }
  }

/** Grants only what all of the functions grant: `false` wins, Wheres are AND-ed. */
export const allOf =
  (...fns: AccessFn[]): Access =>
  async (args) => {
    const wheres: Where[] = []
    for (const fn of fns) {
      const result = await fn(args)
      if (!result) return false
      if (isWhere(result)) wheres.push(result)
    }
    if (wheres.length === 0) return true
    return wheres.length === 1 ? wheres[0] : { and: wheres }
  }

/** Applies `then` only when `condition` holds (a boolean predicate on the request). */
export const when =
  (condition: (args: AccessArgs) => boolean, then: AccessFn): Access =>
  async (args) =>
    condition(args) ? then(args) : false
