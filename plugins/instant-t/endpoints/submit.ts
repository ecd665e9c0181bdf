import type { Endpoint } from 'payload'

import { readJson } from '../../../src/kernel/lib/readJsonObject'
import { submitResult } from '../operations/submitResult'

/** POST /api/instant-t: anyone completes the questionnaire; `201 { code, scores }`. */
export const submitEndpoint = ({ maxAnswers, codeAttempts }: { maxAnswers: number; codeAttempts: number }): Endpoint => ({
  path: '/',
  method: 'post',
  handler: async (req) => {
    const body = await readJson(req)
    const { code, scores } = await submitResult({ req, body, maxAnswers, codeAttempts })
    return Response.json({ code, scores }, { status: 201 })
  },
})
