/**
 * Answers of the module endpoints the public site and outside clients call, as the endpoints
 * build them (types only: importing them pulls no server code).
 */
import type { publicQuestionnaire } from '../../plugins/instant-t/operations/loadQuestionnaire'
import type { SubmittedResult } from '../../plugins/instant-t/operations/submitResult'
import type { PersonalData } from '../../plugins/core/personal-data/collectPersonalData'

/** `GET /api/accounts/my-data`: the account and, per collection, the records about the person. */
export type { PersonalData }

/** `GET /api/instant-t/questionnaire`. */
export type PublicQuestionnaire = ReturnType<typeof publicQuestionnaire>
export type PublicQuestion = PublicQuestionnaire['categories'][number]['questions'][number]

/** `POST /api/instant-t`: the body and the `201` answer. */
export type InstantTSubmission = { postalCode: string; answers: { question: number; option: string }[] }
export type InstantTResult = Pick<SubmittedResult, 'code' | 'scores'>
