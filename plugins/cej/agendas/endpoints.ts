import type { Endpoint } from 'payload'

import { forbidden } from '../../../src/kernel/lib/errors'
import { counsellorAgenda, youngPersonAgenda } from './agenda'

/** « Mon agenda » of a counsellor and the young person's agenda, by week (`?week=YYYY-MM-DD`). */
export const agendaEndpoints: Endpoint[] = [
  {
    path: '/cej/agenda',
    method: 'get',
    handler: async (req) => {
      if (!req.user) throw forbidden('Connectez-vous pour voir votre agenda.')
      return Response.json(await counsellorAgenda({ req }))
    },
  },
  {
    path: '/cej/my-agenda',
    method: 'get',
    handler: async (req) => {
      if (!req.user) throw forbidden('Connectez-vous pour voir votre agenda.')
      return Response.json(await youngPersonAgenda({ req }))
    },
  },
]
