import type { AfterErrorHook } from 'payload'

import { errorCodeOf } from '../../src/kernel/lib/errors'

/** pg-pool's words when no connection frees up within `connectionTimeoutMillis`. */
const POOL_TIMEOUT = 'timeout exceeded when trying to connect'

const causes = (error: unknown): unknown[] => {
  const chain: unknown[] = []
  for (let current = error; current && chain.length < 5; current = (current as { cause?: unknown }).cause) chain.push(current)
  return chain
}

/**
 * A request that waited too long for a database connection answers 503 in French (retry
 * later), not a 500: the server is busy, not broken, and nothing was written.
 */
export const databaseBusy: AfterErrorHook = ({ error, graphqlResult, result }) => {
  if (!causes(error).some((e) => String((e as Error)?.message ?? '').includes(POOL_TIMEOUT))) return
  const message = 'Le serveur est momentanément surchargé : réessayez dans quelques instants.'
  if (graphqlResult) return { graphqlResult: { ...graphqlResult, message } }
  return { response: { ...result, errors: [{ message, code: errorCodeOf(503) }] }, status: 503 }
}
