import { serverURL } from './testEnv'

export type ApiResponse<T = any> = { status: number; body: T; headers: Headers }

/** One HTTP call to the running server; `token` logs the call in. */
export const api = async <T = any>(
  path: string,
  {
    method = 'GET',
    token,
    body,
    headers = {},
    baseURL = serverURL,
  }: { method?: string; token?: string; body?: unknown; headers?: Record<string, string>; /** Another server than the suite's. */ baseURL?: string } = {},
): Promise<ApiResponse<T>> => {
  const response = await fetch(`${baseURL}${path}`, {
    method,
    headers: {
      ...(body !== undefined && typeof body !== 'string' ? { 'content-type': 'application/json' } : {}),
      ...(typeof body === 'string' ? { 'content-type': 'application/json' } : {}),
      ...(token ? { authorization: `JWT ${token}` } : {}),
      ...headers,
    },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  })
  const text = await response.text()
  let parsed: unknown = text
  try {
    parsed = text ? JSON.parse(text) : null
  } catch {
    /* not JSON: keep the text */
  }
  return { status: response.status, body: parsed as T, headers: response.headers }
}

export const DEMO_PASSWORD = process.env.DEMO_PASSWORD ?? 'Tremplin2026!'

const tokens = new Map<string, string>()

/** Logs a demo user in (staff `users` by default) and caches the token. */
export const login = async (email: string, { collection = 'users', password = DEMO_PASSWORD } = {}): Promise<string> => {
  const key = `${collection}:${email}`
  const cached = tokens.get(key)
  if (cached) return cached
  const { status, body } = await api(`/api/${collection}/login`, { method: 'POST', body: { email, password } })
  if (status !== 200) throw new Error(`Connexion impossible pour ${email} : ${status} ${JSON.stringify(body)}`)
  tokens.set(key, body.token)
  return body.token
}

export const forgetTokens = () => tokens.clear()

/** A GraphQL call; returns `{ data, errors }`. */
export const graphql = async <T = any>(query: string, variables: Record<string, unknown> = {}, token?: string) => {
  const { body, status } = await api<{ data: T; errors?: { message: string; extensions?: { statusCode?: number } }[] }>('/api/graphql', {
    method: 'POST',
    token,
    body: { query, variables },
  })
  return { ...body, status }
}

/** The demo staff user of a role: `<role>@tremplin.test`. */
export const staff = (role: string) => `${role}@tremplin.test`
