import { PayloadSDK, PayloadSDKError } from '@payloadcms/sdk'

import type { Account, Config } from '../payload-types'
import type { CandidatureBanners, InstantTResult, InstantTSubmission, MessageToSend, MyConversations, PersonalData, PublicQuestionnaire, SharingConsentState, YoungPersonAgenda, YoungPersonEvent, YoungPersonPath } from './modules'
import type { LifecycleCollection, TransitionRequest, TransitionsOf } from './transitions'

export { PayloadSDKError }
export type * from './modules'
export type * from './transitions'

/** What the pre-registration form sends (`POST /api/accounts`, anonymous): the person, their postal code, an optional Instant-T code. */
export type PreRegistration = Pick<Account, 'email' | 'firstName' | 'lastName' | 'birthDate' | 'postalCode'> &
  Partial<Pick<Account, 'phone' | 'city' | 'address'>> & { password: string; instantTCode?: string }

export type TremplinClientOptions = {
  /** The platform's address, e.g. `https://tremplin.example.fr` (no `/api`). */
  baseURL: string
  /** A token from `login` (sent as `Authorization: JWT …`); anonymous without it. */
  token?: string
  fetch?: typeof fetch
  /** Extra headers on every call (e.g. `X-Forwarded-For` from a trusted front server). */
  headers?: Record<string, string>
  /** The language of the API's messages; French unless told otherwise (a server-side `fetch` sends no preference of its own). */
  language?: 'fr' | 'en'
}

/**
 * The typed client of Tremplin's public API, for the young people's site and outside clients.
 * Collections (find, create, update, login, me, forgot/reset password…) go through Payload's
 * official SDK typed with the generated `Config`; the transition API and the module endpoints
 * are typed from the machines and the endpoints' own types. Every refusal throws a
 * `PayloadSDKError` with the HTTP status and the French messages.
 */
export const createTremplinClient = ({ baseURL, token, fetch, headers = {}, language = 'fr' }: TremplinClientOptions) => {
  const sdk = new PayloadSDK<Config>({
    baseURL: `${baseURL.replace(/\/$/, '')}/api`,
    baseInit: { headers: { 'Accept-Language': language, ...headers, ...(token ? { Authorization: `JWT ${token}` } : {}) }, cache: 'no-store' },
    ...(fetch ? { fetch } : {}),
  })
  const json = async <T>(response: Promise<Response>): Promise<T> => (await response).json() as Promise<T>

  return {
    sdk,
    transitions: {
      /** The current state, the events this caller may send now, and the history. */
      list: <C extends LifecycleCollection>(collection: C, id: number | string) =>
        json<TransitionsOf<C>>(sdk.request({ method: 'GET', path: `/${collection}/${id}/transitions` })),
      /** Sends one event; answers the updated document. */
      send: <C extends LifecycleCollection>(collection: C, id: number | string, request: TransitionRequest<C>) =>
        json<Config['collections'][C]>(sdk.request({ method: 'POST', path: `/${collection}/${id}/transitions`, json: request })),
    },
    instantT: {
      questionnaire: () => json<PublicQuestionnaire>(sdk.request({ method: 'GET', path: '/instant-t/questionnaire' })),
      submit: (submission: InstantTSubmission) => json<InstantTResult>(sdk.request({ method: 'POST', path: '/instant-t', json: submission })),
    },
    placement: {
      /** The banner of each of the caller's latest candidatures (type, offer, date sent, status in French). */
      banners: (limit = 50) => json<CandidatureBanners>(sdk.request({ method: 'GET', path: '/candidatures/banners', args: { limit } as never })),
    },
    cej: {
      /** The young person's week (any day of it, `YYYY-MM-DD`; this week without one). */
      agenda: (week?: string) => json<YoungPersonAgenda>(sdk.request({ method: 'GET', path: `/cej/my-agenda${week ? `?week=${encodeURIComponent(week)}` : ''}` })),
      /** The sessions of their Mission Locale they may register to or ask for. */
      events: () => json<{ docs: YoungPersonEvent[] }>(sdk.request({ method: 'GET', path: '/sessions/events' })),
      /** « Demander à participer »: their counsellor is told. */
      requestRegistration: (session: number) => json<{ message: string }>(sdk.request({ method: 'POST', path: `/sessions/${session}/registration-requests` })),
      conversations: () => json<MyConversations>(sdk.request({ method: 'GET', path: '/conversations/mine' })),
      /** Marks the other side's messages of a conversation as read (« Lu » on their side). */
      markRead: (conversation: number) => json<{ marked: number }>(sdk.request({ method: 'POST', path: `/conversations/${conversation}/read` })),
      send: (message: MessageToSend) => json<unknown>(sdk.request({ method: 'POST', path: '/messages/send', json: message })),
    },
    accounts: {
      preRegister: (data: PreRegistration) => sdk.create({ collection: 'accounts', data: data as never }),
      login: (email: string, password: string) => sdk.login({ collection: 'accounts', data: { email, password } }),
      me: () => sdk.me({ collection: 'accounts' }),
      forgotPassword: (email: string) => sdk.forgotPassword({ collection: 'accounts', data: { email } }),
      resetPassword: (token: string, password: string) => sdk.resetPassword({ collection: 'accounts', data: { token, password } }),
      update: (id: number, data: Partial<Account>) => sdk.update({ collection: 'accounts', id, data }),
      /** « Mes données »: everything the platform holds on the logged-in young person. */
      myData: () => json<PersonalData>(sdk.request({ method: 'GET', path: '/accounts/my-data' })),
      /** The same as a PDF (the raw response, to stream on). */
      myDataPdf: () => sdk.request({ method: 'GET', path: '/accounts/my-data.pdf' }),
      /** Asks the young person's counsellor to erase their data; `409` while a request is open. */
      requestErasure: (message?: string) => sdk.create({ collection: 'erasure-requests', data: { message } as never }),
      /** « Mon parcours »: every programme and its key events, in time order. */
      path: (id: number) => json<YoungPersonPath>(sdk.request({ method: 'GET', path: `/accounts/${id}/path` })),
      /** Whether the structures following me share my identity and path, and the history of my answers. */
      sharingConsent: () => json<SharingConsentState>(sdk.request({ method: 'GET', path: '/accounts/sharing-consent' })),
      setSharingConsent: (given: boolean) => json<SharingConsentState>(sdk.request({ method: 'POST', path: '/accounts/sharing-consent', json: { given } })),
    },
  }
}

export type TremplinClient = ReturnType<typeof createTremplinClient>
