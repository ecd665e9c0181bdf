import type { Endpoint, PayloadRequest } from 'payload'

import { asPrincipal, isStaffUser, userOpensSection } from '../../../src/kernel/access'
import { withTransaction } from '../../../src/kernel/db/withTransaction'
import { conflict, forbidden, invalidField } from '../../../src/kernel/lib/errors'
import { readJsonObject } from '../../../src/kernel/lib/readJsonObject'
import { relationId } from '../../../src/kernel/lib/relationId'
import { ACTION_CATEGORIES } from '../collections/actions/options'
import { CEJ_SLUGS } from '../slugs'

const ACTIONS = CEJ_SLUGS.actions

const dateOf = (req: PayloadRequest, path: string, value: unknown) => {
  const date = typeof value === 'string' ? new Date(value) : null
  if (!date || Number.isNaN(date.getTime())) throw invalidField({ req, collection: ACTIONS, path, message: 'Date attendue (ISO 8601, par exemple 2026-11-23T09:00:00Z).' })
  return date
}

/**
 * « Qualifier en SNP »: finished actions of one young person and one category, at once, by a
 * counsellor of their Mission Locale; the dates give the hours counted. In one transaction.
 */
export const qualifyActions = async ({ req, body }: { req: PayloadRequest; body: Record<string, unknown> }) => {
  const user = asPrincipal(req.user)
  if (!isStaffUser(user) || !userOpensSection(user, 'cej')) throw forbidden('Seul le conseiller peut qualifier les actions terminées.')
  const ids = Array.isArray(body.actions) ? body.actions : []
  if (!ids.length || ids.some((id) => !Number.isInteger(id) || (id as number) <= 0)) {
    throw invalidField({ req, collection: ACTIONS, path: 'actions', message: 'Choisissez une ou plusieurs actions (leurs identifiants).' })
  }
  const snpType = ACTION_CATEGORIES.find((category) => category.value === body.snpType)?.value
  if (!snpType) {
    throw invalidField({ req, collection: ACTIONS, path: 'snpType', message: `Type de SNP attendu : ${ACTION_CATEGORIES.map((c) => c.value).join(', ')}.` })
  }
  const startsAt = dateOf(req, 'startsAt', body.startsAt)
  const endsAt = dateOf(req, 'endsAt', body.endsAt)
  if (endsAt <= startsAt) throw invalidField({ req, collection: ACTIONS, path: 'endsAt', message: 'La fin doit être après le début.' })
  const { docs } = await req.payload.find({ collection: ACTIONS, where: { id: { in: ids } }, depth: 0, limit: ids.length, overrideAccess: false, user: req.user, req })
  const actions = docs
  if (actions.length !== new Set(ids).size) throw forbidden('Une de ces actions est introuvable ou ne concerne pas un bénéficiaire de votre Mission Locale.')
  if (new Set(actions.map((a) => relationId(a.account))).size > 1 || new Set(actions.map((a) => a.category)).size > 1) {
    throw invalidField({ req, collection: ACTIONS, path: 'actions', message: 'Les actions qualifiées ensemble doivent concerner le même bénéficiaire et la même catégorie.' })
  }
  if (actions.some((a) => a.status !== 'done')) throw conflict('Seules les actions « Terminée » peuvent être qualifiées.')
  if (actions.some((a) => a.qualification?.qualifiedAt)) throw conflict('Une de ces actions est déjà qualifiée.')
  const hours = Math.round(((endsAt.getTime() - startsAt.getTime()) / 3_600_000) * 2) / 2
  const qualification = { snpType, startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString(), hours, qualifiedAt: new Date().toISOString(), qualifiedBy: Number(user!.id) }
  return withTransaction(req, async () => {
    const updated = []
    for (const action of actions) {
      updated.push(await req.payload.update({ collection: ACTIONS, id: action.id, data: { qualification }, depth: 0, overrideAccess: true, context: { skipScopeGuard: true }, req }))
    }
    return { docs: updated, message: `${updated.length} action(s) qualifiée(s) en SNP, ${hours} h comptabilisée(s).` }
  })
}

/** POST `/api/actions/qualify` with `{ actions: [id…], snpType, startsAt, endsAt }`. */
export const qualifyActionsEndpoint: Endpoint = {
  path: '/qualify',
  method: 'post',
  handler: async (req) => {
    const body = await readJsonObject(req, '{ "actions": [3, 4], "snpType": "training", "startsAt": "…", "endsAt": "…" }', ['actions', 'snpType', 'startsAt', 'endsAt'])
    return Response.json(await qualifyActions({ req, body }))
  },
}
