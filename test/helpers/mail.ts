import { startMailCatcher, type CaughtMail, type MailCatcher } from '../../src/host/email/mailCatcher'
import { TEST_ENV } from './testEnv'
import { mailText } from './mailText'

/** The real SMTP server the application sends to during a test file. */
export const startTestMailbox = (beforeAccepting?: (mail: CaughtMail) => Promise<void>) => startMailCatcher({ port: TEST_ENV.smtpPort, beforeAccepting })

export { mailText }

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
