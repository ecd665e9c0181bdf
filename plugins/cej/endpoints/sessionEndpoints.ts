import type { Endpoint } from 'payload'

import { forbidden } from '../../../src/kernel/lib/errors'
import { readJsonObject } from '../../../src/kernel/lib/readJsonObject'
import { registerAccounts, unregisterAccount } from '../operations/registrations'
import { requestRegistration, youngPersonEvents } from '../operations/youngPersonEvents'

const idOf = (params: Record<string, unknown> | undefined) => String(params?.id ?? '')

/** Registration management (staff), the young person's events and their registration requests. */
export const sessionEndpoints: Endpoint[] = [
  {
    path: '/events',
    method: 'get',
    handler: async (req) => Response.json({ docs: await youngPersonEvents(req) }),
  },
  {
    path: '/:id/registrations',
    method: 'post',
    handler: async (req) => {
      if (!req.user) throw forbidden('Connectez-vous pour gérer les inscriptions.')
      const { accounts } = await readJsonObject(req, '{ "accounts": [12, 15] }', ['accounts'])
      const doc = await registerAccounts({ req, id: idOf(req.routeParams), accounts })
      return Response.json({ doc, message: 'Inscriptions enregistrées.' })
    },
  },
  {
    path: '/:id/unregistrations',
    method: 'post',
    handler: async (req) => {
      if (!req.user) throw forbidden('Connectez-vous pour gérer les inscriptions.')
      const { account, reason, comment } = await readJsonObject(req, '{ "account": 12, "reason": "youth-refusal", "comment": "…" }', ['account', 'reason', 'comment'])
      const doc = await unregisterAccount({ req, id: idOf(req.routeParams), account, reason, comment })
      return Response.json({ doc, message: 'Désinscription enregistrée.' })
    },
  },
  {
    path: '/:id/registration-requests',
    method: 'post',
    handler: async (req) => Response.json(await requestRegistration({ req, id: idOf(req.routeParams) })),
  },
]
