import type { Endpoint } from 'payload'

import { askedQuestionnaire } from '../operations/askedQuestionnaire'
import { publicQuestionnaire } from '../operations/loadQuestionnaire'

/** GET /api/instant-t/questionnaire: public and cacheable. */
export const questionnaireEndpoint = ({ maxAgeSeconds }: { maxAgeSeconds: number }): Endpoint => ({
  path: '/questionnaire',
  method: 'get',
  handler: async (req) => {
    const questionnaire = await askedQuestionnaire({ req })
    return Response.json(publicQuestionnaire(questionnaire), {
      headers: { 'Cache-Control': `public, max-age=${maxAgeSeconds}` },
    })
  },
})
