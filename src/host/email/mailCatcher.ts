import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { SMTPServer } from 'smtp-server'

export type CaughtMail = { from: string; to: string[]; raw: string; receivedAt: Date }

export type MailCatcher = {
  messages: CaughtMail[]
  port: number
  stop: () => Promise<void>
}

/**
 * A real SMTP server on 127.0.0.1 that keeps what it receives: in memory (tests read it) and,
 * with `dir`, as `.eml` files a person can open (development without SMTP configured).
 * `beforeAccepting` runs before the server answers the sender (whose send is pending until then):
 * a test sees what the sender had done at that moment, and refuses the message by throwing.
 */
export const startMailCatcher = async ({
  port,
  dir,
  beforeAccepting,
}: {
  port: number
  dir?: string
  beforeAccepting?: (mail: CaughtMail) => Promise<void>
}): Promise<MailCatcher> => {
  const messages: CaughtMail[] = []
  if (dir) mkdirSync(dir, { recursive: true })
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', async () => {
        const mail: CaughtMail = {
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
          receivedAt: new Date(),
        }
        try {
          await beforeAccepting?.(mail)
        } catch (error) {
          callback(error as Error)
          return
        }
        messages.push(mail)
        if (dir) {
          const name = `${mail.receivedAt.toISOString().replace(/[:.]/g, '-')}-${mail.to[0] ?? 'inconnu'}.eml`
          writeFileSync(path.join(dir, name), mail.raw)
        }
        callback()
      })
    },
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve())
  })
  return { messages, port, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) }
}
