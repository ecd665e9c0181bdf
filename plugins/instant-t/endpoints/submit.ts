import type { Endpoint } from 'payload'

import { submitResult } from '../operations/submitResult'
import { readJsonBody } from './readJsonBody'

/** POST /api/instant-t: anyone completes the questionnaire; `201 { code, scores }`. */
export const submitEndpoint = ({ maxAnswers, codeAttempts }: { maxAnswers: number; codeAttempts: number }): Endpoint => ({
  path: '/',
  method: 'post',
  handler: async (req) => {
    const body = await readJsonBody(req)
    const { code, scores } = await submitResult({ req, body, maxAnswers, codeAttempts })
    return Response.json({ code, scores }, { status: 201 })
  },
})
