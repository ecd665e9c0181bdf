import type { Endpoint, PayloadRequest } from 'payload'

import { forbidden } from '../../../src/kernel/lib/errors'
import { readJsonObject } from '../../../src/kernel/lib/readJsonObject'
import { diffusionHistory, listMyConversations, markConversationRead, pinConversation } from './operations/conversationOps'
import { sendMessage } from './operations/sendMessage'

const loggedIn = (req: PayloadRequest) => {
  if (!req.user) throw forbidden('Connectez-vous pour accéder à la messagerie.')
}

/** `POST /api/messages/send`, `GET /api/messages/diffusion`. */
export const messageEndpoints: Endpoint[] = [
  {
    path: '/send',
    method: 'post',
    handler: async (req) => {
      loggedIn(req)
      const body = await readJsonObject(req, '{ "accounts": [3, 4], "text": "Bonjour" }', ['conversation', 'accounts', 'diffusionList', 'text', 'links', 'attachments'])
      return Response.json(await sendMessage({ req, body }), { status: 201 })
    },
  },
  {
    path: '/diffusion',
    method: 'get',
    handler: async (req) => {
      loggedIn(req)
      return Response.json(await diffusionHistory({ req }))
    },
  },
]

/** `GET /api/conversations/mine`, `POST /api/conversations/:id/read`, `POST /api/conversations/:id/pin`. */
export const conversationEndpoints: Endpoint[] = [
  {
    path: '/mine',
    method: 'get',
    handler: async (req) => {
      loggedIn(req)
      return Response.json(await listMyConversations({ req }))
    },
  },
  {
    path: '/:id/read',
    method: 'post',
    handler: async (req) => {
      loggedIn(req)
      return Response.json(await markConversationRead({ req, id: req.routeParams?.id }))
    },
  },
  {
    path: '/:id/pin',
    method: 'post',
    handler: async (req) => {
      loggedIn(req)
      const body = await readJsonObject(req, '{ "pinned": true }', ['pinned'])
      return Response.json(await pinConversation({ req, id: req.routeParams?.id, body }))
    },
  },
]
