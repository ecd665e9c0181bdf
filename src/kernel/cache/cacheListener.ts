import pg from 'pg'

import { CACHE_CHANNEL } from './cacheTriggers'

type Handler = (message: string) => void
type Log = (message: string, err?: unknown) => void

const RETRY_MS = 500

/**
 * One PostgreSQL connection per process that LISTENs on the cache channel and hands each
 * message to the caches (./invalidations). The caches serve entries only while it is connected:
 * a message missed while it was down could leave a revoked caller cached, so a lost connection
 * clears everything and the caches are bypassed until it is back.
 */
class CacheListener {
  private client: pg.Client | null = null
  private live = false
  private stopped = true
  private readonly handlers: Handler[] = []
  private readonly onLost: (() => void)[] = []

  isLive = () => this.live

  /**
   * Hands `message` to this process's caches at once, as the commit's notification will: the
   * hooks of the writing request call it, so that the same client's next request, here, never
   * races the notification.
   */
  deliver(message: string) {
    for (const handler of this.handlers) handler(message)
  }

  onMessage(handler: Handler) {
    this.handlers.push(handler)
  }

  /** Called when the connection drops: whatever was cached may have missed a message. */
  onConnectionLost(handler: () => void) {
    this.onLost.push(handler)
  }

  async start({ connectionString, log }: { connectionString: string; log: Log }) {
    if (!this.stopped) return
    this.stopped = false
    await this.connect({ connectionString, log })
  }

  private async connect({ connectionString, log }: { connectionString: string; log: Log }) {
    if (this.stopped) return
    const client = new pg.Client({ connectionString, application_name: 'tremplin-cache-listener' })
    const lost = (err?: unknown) => {
      if (this.client !== client) return
      this.client = null
      this.setLive(false)
      client.end().catch(() => {})
      if (this.stopped) return
      log('Écoute des invalidations de cache interrompue : caches contournés, reconnexion', err)
      setTimeout(() => void this.connect({ connectionString, log }), RETRY_MS).unref()
    }
    client.on('error', lost)
    client.on('end', () => lost())
    client.on('notification', (message) => {
      if (message.channel === CACHE_CHANNEL && message.payload) this.deliver(message.payload)
    })
    this.client = client
    try {
      await client.connect()
      await client.query(`LISTEN ${CACHE_CHANNEL}`)
      // The listener must never keep a process alive (scripts, workers, tests end without stopping it).
      // pg's types do not declare the client's connection (internal): reached at run time, optionally.
      ;(client as unknown as { connection?: { stream?: { unref?: () => void } } }).connection?.stream?.unref?.()
      if (this.client === client) this.setLive(true)
    } catch (err) {
      lost(err)
    }
  }

  private setLive(live: boolean) {
    if (this.live === live) return
    this.live = live
    // Both ways: entries from before a disconnection may have missed a message.
    for (const handler of this.onLost) handler()
  }

  async stop() {
    this.stopped = true
    const client = this.client
    this.client = null
    this.setLive(false)
    await client?.end().catch(() => {})
  }
}

/** The process's listener (one per process, whatever the number of Payload instances in it). */
export const cacheListener = new CacheListener()
