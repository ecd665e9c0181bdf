/**
 * Answers of the module endpoints the public site and outside clients call, as the endpoints
 * build them (types only: importing them pulls no server code).
 */
import type { publicQuestionnaire } from '../../plugins/instant-t/operations/loadQuestionnaire'
import type { SubmittedResult } from '../../plugins/instant-t/operations/submitResult'
import type { listCandidatureBanners } from '../../plugins/placement/operations/candidatureBanners'
import type { youngPersonAgenda } from '../../plugins/cej/agendas/agenda'
import type { listMyConversations } from '../../plugins/cej/messaging/operations/conversationOps'
import type { youngPersonEvents } from '../../plugins/cej/operations/youngPersonEvents'
import type { PersonalData } from '../../plugins/core/personal-data/collectPersonalData'

/** `GET /api/accounts/my-data`: the account and, per collection, the records about the person. */
export type { PersonalData }

/** `GET /api/instant-t/questionnaire`. */
export type PublicQuestionnaire = ReturnType<typeof publicQuestionnaire>
export type PublicQuestion = PublicQuestionnaire['categories'][number]['questions'][number]

/** `POST /api/instant-t`: the body and the `201` answer. */
export type InstantTSubmission = { postalCode: string; answers: { question: number; option: string }[] }
export type InstantTResult = Pick<SubmittedResult, 'code' | 'scores'>

/** `GET /api/candidatures/banners`: the manual's banner of each of the caller's latest candidatures. */
export type CandidatureBanners = Awaited<ReturnType<typeof listCandidatureBanners>>
export type CandidatureBanner = CandidatureBanners['docs'][number]

/** `GET /api/cej/my-agenda?week=YYYY-MM-DD`: the young person's week by day, and « Actions en retard ». */
export type YoungPersonAgenda = Awaited<ReturnType<typeof youngPersonAgenda>>

/** `GET /api/sessions/events`: the sessions they may see or are registered to. */
export type YoungPersonEvent = Awaited<ReturnType<typeof youngPersonEvents>>[number]

/** `GET /api/conversations/mine`: the caller's conversations, the other side's name, unread counts, the last message. */
export type MyConversations = Awaited<ReturnType<typeof listMyConversations>>

/** `POST /api/messages/send`: to a conversation, or (a young person) to their counsellor. */
export type MessageToSend = { conversation?: number; text: string; links?: { url: string }[] }

/** `GET /api/accounts/{id}/path`: the young person's path (« Parcours », issue 18). */
export type { YoungPersonPath, PathProgramme } from '../../plugins/core/path/readPath'

/** `GET`/`POST /api/accounts/sharing-consent`: the young person's consent to sharing, and its history. */
export type { SharingConsentState } from '../../plugins/core/consent/operations'
