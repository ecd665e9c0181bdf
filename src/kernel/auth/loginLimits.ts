import type { CollectionAfterLoginHook, CollectionAfterOperationHook, CollectionBeforeOperationHook, CollectionConfig, Config, Plugin } from 'payload'

import { env } from '../config/env'
import { hitCounter, poolOfPayload, resetCounter, resetCountersStartingWith, restartWindow } from '../db/sharedCounters'
import { clientIpOf } from '../lib/clientIp'
import { tooManyRequests } from '../lib/errors'

const LIMITED_OPERATIONS = new Set(['login', 'forgotPassword', 'resetPassword', 'unlock'])

const lockoutPrefix = ({ collection, email }: { collection: string; email: string }) => `login-lockout:${collection}:${email.trim().toLowerCase()}:`

const lockoutKey = ({ collection, email, ip }: { collection: string; email: string; ip: string }) => `${lockoutPrefix({ collection, email })}${ip}`

/**
 * Before login, forgot-password, reset-password and unlock, whatever the transport (REST, GraphQL,
 * admin): one per-IP limit for them all, and for a login a lock on the pair e-mail + address after
 * `LOGIN_MAX_ATTEMPTS` attempts that did not succeed (10 minutes). Locking the e-mail alone, as
 * Payload's `maxLoginAttempts` does, would let anyone lock a known staff address. A Local API call
 * (no client address) is server code and is not limited.
 */
const limitAuthOperations: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  // The operation first: this hook runs before every read of users and accounts, and the address
  // (parsed and masked by express-rate-limit) cost a staff list some 0.1 ms per request (issue #16).
  if (!LIMITED_OPERATIONS.has(operation)) return args
  const ip = clientIpOf(req)
  if (!ip) return args
  const pool = poolOfPayload(req.payload)
  const perIp = await hitCounter({ pool, key: `auth-operations:${ip}`, windowMs: env.rateLimit.windowMs })
  if (perIp.hits > env.rateLimit.login) throw tooManyRequests('Trop de tentatives de connexion depuis cette adresse')
  const email = (args as { data?: { email?: unknown } }).data?.email
  if (operation === 'login' && typeof email === 'string' && email) {
    const key = lockoutKey({ collection: collection.slug, email, ip })
    const attempts = await hitCounter({ pool, key, windowMs: env.loginLockout.lockMs })
    // The first refused attempt starts the 10 minutes; later ones do not lengthen them.
    if (attempts.hits === env.loginLockout.maxAttempts + 1) await restartWindow({ pool, key, windowMs: env.loginLockout.lockMs })
    if (attempts.hits > env.loginLockout.maxAttempts) {
      throw tooManyRequests('Connexion à ce compte bloquée 10 minutes depuis cette adresse après trop de tentatives')
    }
  }
  return args
}

/** A successful login clears its pair's failed attempts. */
const clearLockout: CollectionAfterLoginHook = async ({ collection, req, user }) => {
  const ip = clientIpOf(req)
  if (ip && typeof user.email === 'string') await resetCounter({ pool: poolOfPayload(req.payload), key: lockoutKey({ collection: collection.slug, email: user.email, ip }) })
  return user
}

/**
 * « Déverrouiller » by an administrator (Payload's unlock, which its own access guards) lifts the
 * account's lock from every address too: otherwise the person stays locked out for 10 minutes
 * from the address that failed, whatever the administrator did.
 */
const clearLockoutsOnUnlock: CollectionAfterOperationHook = async ({ args, collection, operation, req, result }) => {
  const email = (args as { data?: { email?: unknown } }).data?.email
  if (operation === 'unlock' && result && typeof email === 'string' && email) {
    await resetCountersStartingWith({ pool: poolOfPayload(req.payload), prefix: lockoutPrefix({ collection: collection.slug, email }) })
  }
  return result
}

const withLoginLimits = (collection: CollectionConfig): CollectionConfig =>
  collection.auth
    ? {
        ...collection,
        hooks: {
          ...collection.hooks,
          beforeOperation: [limitAuthOperations, ...(collection.hooks?.beforeOperation ?? [])],
          afterLogin: [clearLockout, ...(collection.hooks?.afterLogin ?? [])],
          afterOperation: [clearLockoutsOnUnlock, ...(collection.hooks?.afterOperation ?? [])],
        },
      }
    : collection

/** Login limits and lockout on every auth collection (staff users, young people's accounts). */
export const loginLimitsPlugin =
  (): Plugin =>
  (config: Config): Config => ({ ...config, collections: (config.collections ?? []).map(withLoginLimits) })
