import type { AfterErrorHook } from 'payload'

import { errorCodeOf } from '../../src/kernel/lib/errors'

type QueryPath = { path: string }

const queryPathsOf = (error: Error): QueryPath[] | undefined => {
  const source = (error as { originalError?: Error }).originalError ?? error
  if (source?.name !== 'QueryError') return undefined
  const data = (source as { data?: unknown }).data
  return Array.isArray(data) ? (data as QueryPath[]) : []
}

const frenchMessage = (paths: QueryPath[]) =>
  `Filtre ou tri impossible sur ${paths.map(({ path }) => `« ${path} »`).join(', ')} : ce champ n'existe pas ou ne vous est pas accessible.`

/**
 * Payload words a refused `where`/`sort` path in English ("The following path cannot be
 * queried"); the 400 keeps its status and its `data` (the paths) and gains a French message.
 */
export const frenchQueryErrors: AfterErrorHook = ({ error, graphqlResult, result }) => {
  const paths = queryPathsOf(error)
  if (!paths) return
  const message = frenchMessage(paths)
  if (graphqlResult) return { graphqlResult: { ...graphqlResult, message } }
  // Payload types an error's `data` as an object; a QueryError's is the list of paths, as Payload itself answers it.
  return { response: { ...result, errors: [{ name: 'QueryError', data: paths as unknown as Record<string, unknown>, message, code: errorCodeOf(400) }] }, status: 400 }
}
