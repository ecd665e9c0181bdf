/** What an endpoint answered: its status, whether it is a success, and the parsed body (an empty object when it is not JSON; `TAnswer` is the success's shape, as the caller expects it). */
export type PostAnswer<TAnswer> = { status: number; ok: boolean; answer: TAnswer }

/**
 * A POST from an admin component, with the admin's session cookie: `body` as JSON, or no body at
 * all when it is undefined (actions named by the URL alone). The components' one way to call an endpoint.
 */
export const postJson = async <TAnswer = Record<string, any>>(url: string, body?: unknown): Promise<PostAnswer<TAnswer>> => {
  const response = await fetch(url, {
    method: 'POST',
    credentials: 'include',
    ...(body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
  })
  return { status: response.status, ok: response.ok, answer: await response.json().catch(() => ({})) }
}

/** The French words of a refused call: the first field's message (400), else the error's own, else `fallback`. */
export const errorMessageOf = (answer: Record<string, any> | null | undefined, fallback: string): string =>
  answer?.errors?.[0]?.data?.errors?.[0]?.message ?? answer?.errors?.[0]?.message ?? fallback

/**
 * A GET of a list from an admin component, with the admin's session cookie: its `docs`, or none
 * when the call is refused (a collection the user may not read). The body is read in every case:
 * a refused answer left unread stays open in the browser, so the page never settles.
 */
export const getDocs = async <TDoc = Record<string, any>>(url: string): Promise<TDoc[]> => {
  const response = await fetch(url, { credentials: 'include' })
  const body = await response.json().catch(() => ({}))
  return response.ok && Array.isArray(body.docs) ? body.docs : []
}
