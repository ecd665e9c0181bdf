import type { PayloadRequest } from 'payload'

import { missionLocaleIdCovering } from '../../core/operations/findMissionLocaleByPostalCode'
import { conflict } from '../../../src/kernel/lib/errors'
import { DEFAULTS } from '../defaults'
import { computeScores } from './computeScores'
import { generateCode } from './generateCode'
import { insertResult } from './insertResult'
import { askedQuestionnaire } from './askedQuestionnaire'
import type { Questionnaire } from './loadQuestionnaire'
import { validateSubmission } from './validateSubmission'

export type SubmittedResult = {
  id: number
  code: string
  scores: { category: string; score: number; max: number; percent: number }[]
}

/** A unique-constraint failure on `code` (PostgreSQL's 23505, wrapped by drizzle as the error's cause). */
const isCodeTaken = (error: unknown): boolean => {
  const err = error as { code?: string; data?: { errors?: { path?: string }[] }; cause?: { code?: string } }
  return Boolean(err?.data?.errors?.some((e) => e.path === 'code') || err?.code === '23505' || err?.cause?.code === '23505')
}

/**
 * An anonymous completion of the questionnaire: validates the answers against the questions
 * asked now, scores them on the server, assigns the Mission Locale covering the postal code
 * (none: kept, flagged out of territory), draws a unique code and stores a snapshot of every
 * question and option as answered. Only `postalCode` and `answers` are read from `body`.
 */
export const submitResult = async ({
  req,
  body,
  questionnaire,
  maxAnswers = DEFAULTS.maxAnswers,
  codeAttempts = DEFAULTS.codeAttempts,
  drawCode = generateCode,
}: {
  req: PayloadRequest
  body: unknown
  /** The questionnaire to check against (loaded now when absent). */
  questionnaire?: Questionnaire
  maxAnswers?: number
  codeAttempts?: number
  drawCode?: () => string
}): Promise<SubmittedResult> => {
  const asked = questionnaire ?? (await askedQuestionnaire({ req }))
  const { postalCode, answers } = validateSubmission({ req, questionnaire: asked, body, maxAnswers })
  const scores = computeScores({ answers })
  const missionLocale = await missionLocaleIdCovering({ req, postalCode })
  for (let attempt = 0; attempt < codeAttempts; attempt += 1) {
    const code = drawCode()
    try {
      const id = await insertResult({
        req,
        row: { code, postalCode, structure: missionLocale, outOfTerritory: missionLocale === null, scores, answers },
      })
      return {
        id,
        code,
        scores: scores.map(({ category, score, max, percent }) => ({ category, score, max, percent })),
      }
    } catch (error) {
      // Inside a caller's transaction a failed insert aborts it: no retry is possible there.
      if (!isCodeTaken(error) || req.transactionID) throw error
    }
  }
  throw conflict('Impossible d’attribuer un code unique pour le moment : réessayez.')
}
