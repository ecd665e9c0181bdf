/**
 * A JSON POST from an admin component, with the admin's session cookie: the status and the parsed
 * answer (an empty object when the body is not JSON). The components' one way to call an endpoint.
 */
export const postJson = async (url: string, body: unknown): Promise<{ status: number; answer: Record<string, any> }> => {
  const response = await fetch(url, { method: 'POST', credentials: 'include', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
  return { status: response.status, answer: await response.json().catch(() => ({})) }
}
