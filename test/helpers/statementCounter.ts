import net from 'node:net'

export type StatementCounter = {
  /** `postgres://…` of the proxy: the same database, every statement counted on its way. */
  url: string
  count: () => number
  /** The statements' text when sent as text (simple protocol) or prepared (Parse), in order. */
  texts: () => string[]
  reset: () => void
  stop: () => Promise<void>
}

/**
 * A TCP proxy in front of PostgreSQL that counts the statements a process sends, read from the
 * wire protocol itself: one `Execute` (extended protocol, what pg sends for a query with
 * parameters) or one `Query` (simple protocol) per statement. Nothing is sampled or estimated,
 * and only the process pointed at the proxy is counted (not the suite's server or its jobs).
 */
export const startStatementCounter = async ({ databaseUrl }: { databaseUrl: string }): Promise<StatementCounter> => {
  const target = new URL(databaseUrl)
  let statements = 0
  let sent: string[] = []
  const sockets = new Set<net.Socket>()
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port || 5432), target.hostname === 'localhost' ? '127.0.0.1' : target.hostname)
    sockets.add(client).add(upstream)
    let buffer = Buffer.alloc(0)
    let started = false
    client.on('data', (chunk: Buffer) => {
      upstream.write(chunk)
      buffer = Buffer.concat([buffer, chunk])
      for (;;) {
        // The startup message has no type byte: a length, then the rest.
        const headerLength = started ? 5 : 4
        if (buffer.length < headerLength) break
        const length = started ? buffer.readInt32BE(1) + 1 : buffer.readInt32BE(0)
        if (buffer.length < length) break
        const message = buffer.subarray(0, length)
        buffer = buffer.subarray(length)
        if (!started) {
          started = true
          continue
        }
        const type = String.fromCharCode(message[0])
        if (type === 'Q' || type === 'E') statements++
        if (type === 'Q') sent.push(message.subarray(5, message.length - 1).toString())
        if (type === 'P') {
          const body = message.subarray(5)
          const nameEnd = body.indexOf(0)
          sent.push(body.subarray(nameEnd + 1, body.indexOf(0, nameEnd + 1)).toString())
        }
      }
    })
    upstream.on('data', (chunk) => client.write(chunk))
    const close = () => {
      client.destroy()
      upstream.destroy()
      sockets.delete(client)
      sockets.delete(upstream)
    }
    client.on('close', close).on('error', close)
    upstream.on('close', close).on('error', close)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as net.AddressInfo).port
  const url = new URL(databaseUrl)
  url.hostname = '127.0.0.1'
  url.port = String(port)
  return {
    url: url.toString(),
    count: () => statements,
    texts: () => [...sent],
    reset: () => {
      statements = 0
      sent = []
    },
    stop: async () => {
      for (const socket of sockets) socket.destroy()
      await new Promise((resolve) => server.close(resolve))
    },
  }
}
