import { startMailCatcher, type MailCatcher } from '../../src/host/email/mailCatcher'
import { TEST_ENV } from './testEnv'

/** The real SMTP server the application sends to during a test file. */
export const startTestMailbox = () => startMailCatcher({ port: TEST_ENV.smtpPort })

const decodeQuotedPrintable = (raw: string) =>
  raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, hex) => String.fromCharCode(parseInt(hex, 16)))

/** Decoded text of a message (quoted-printable soft breaks joined; UTF-8 kept). */
export const mailText = (raw: string) => Buffer.from(decodeQuotedPrintable(raw), 'latin1').toString('utf8')

/** Waits until a message to `to` matching `predicate` arrives (the effects queue runs after commit). */
export const waitForMail = async (
  mailbox: MailCatcher,
  { to, contains, timeoutMs = 20_000 }: { to: string; contains?: string; timeoutMs?: number },
) => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const found = mailbox.messages.find((m) => m.to.includes(to) && (!contains || mailText(m.raw).includes(contains)))
    if (found) return { ...found, text: mailText(found.raw) }
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`Aucun e-mail pour ${to}${contains ? ` contenant « ${contains} »` : ''} en ${timeoutMs} ms`)
}
