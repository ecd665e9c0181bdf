import http from 'node:http'

import type { ApiResponse } from './api'

/**
 * An HTTP call made from a given loopback address (any of 127.0.0.0/8 on Linux): a real client
 * address, so tests can act as several clients without trusting `X-Forwarded-For`.
 */
export const fromAddress =
  (localAddress: string) =>
  async <T = any>(
    url: string,
    { method = 'GET', body, headers = {} }: { method?: string; body?: unknown; headers?: Record<string, string> } = {},
  ): Promise<ApiResponse<T>> => {
    const payload = body === undefined ? undefined : JSON.stringify(body)
    return new Promise((resolve, reject) => {
      const request = http.request(
        url.replace('localhost', '127.0.0.1'),
        { method, localAddress, headers: { ...(payload ? { 'content-type': 'application/json' } : {}), ...headers } },
        (response) => {
          const chunks: Buffer[] = []
          response.on('data', (chunk: Buffer) => chunks.push(chunk))
          response.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8')
            let parsed: unknown = text
            try {
              parsed = text ? JSON.parse(text) : null
            } catch {
              /* not JSON: keep the text */
            }
            const responseHeaders = new Headers()
            for (const [key, value] of Object.entries(response.headers)) if (typeof value === 'string') responseHeaders.set(key, value)
            resolve({ status: response.statusCode ?? 0, body: parsed as T, headers: responseHeaders })
          })
        },
      )
      request.on('error', reject)
      request.end(payload)
    })
  }

/** Second octet of this run's addresses (the database is new each run; this only spreads them). */
const runOctet = (Date.now() % 200) + 20
let used = 0
/** A loopback address no other test of this run uses. */
export const freshLoopbackAddress = () => {
  used += 1
  return `127.${runOctet}.${Math.floor(used / 250)}.${(used % 250) + 2}`
}
