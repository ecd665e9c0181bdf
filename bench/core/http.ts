/** Logs a staff user (or, with `collection: 'accounts'`, a young person) in through the REST API and returns the JWT. */
export const loginToken = async ({
  baseUrl,
  email,
  password,
  collection = 'users',
}: {
  baseUrl: string
  email: string
  password: string
  collection?: 'users' | 'accounts'
}) => {
  const response = await fetch(`${baseUrl}/api/${collection}/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  const body = (await response.json()) as { token?: string }
  if (response.status !== 200 || !body.token) throw new Error(`Connexion impossible pour ${email} : ${response.status} ${JSON.stringify(body)}`)
  return body.token
}

export type ListPage = { totalDocs: number; docs: { id: number }[] }

export const getJson = async <T>({ url, token }: { url: string; token: string }): Promise<T> => {
  const response = await fetch(url, { headers: { authorization: `JWT ${token}` } })
  const body = (await response.json()) as T
  if (response.status !== 200) throw new Error(`GET ${url} : ${response.status} ${JSON.stringify(body)}`)
  return body
}
