import React from 'react'

import { Flash } from '../../components/Flash'
import { youngPersonPage } from '../../lib/youngPerson'
import { sendMessageToCounsellor } from '../cej-actions'
import { frenchMoment } from '../candidatures/labels'

export const metadata = { title: 'Mes messages' }
export const dynamic = 'force-dynamic'

type Args = { searchParams: Promise<{ conversation?: string; ok?: string; erreur?: string }> }

/**
 * « Messagerie » with their counsellor (seed 001): opening a conversation marks the counsellor's
 * messages read (they see « Lu »), and each of their own messages shows « Lu » or « Non lu ».
 */
const MessagesPage = async ({ searchParams }: Args) => {
  const { conversation, ok, erreur } = await searchParams
  const { client } = await youngPersonPage()
  const { docs: conversations } = await client.cej.conversations()
  const open = conversations.find((row) => String(row.id) === conversation) ?? conversations[0]
  if (open?.unread) await client.cej.markRead(open.id)
  const messages = open ? (await client.sdk.find({ collection: 'messages', where: { conversation: { equals: open.id } }, sort: 'createdAt', depth: 0, limit: 200 })).docs : []
  return (
    <>
      <h1>Mes messages</h1>
      <Flash ok={ok} error={erreur} />
      {conversations.length > 1 && (
        <nav aria-label="Conversations" className="subnav">
          <ul>
            {conversations.map((row) => (
              <li key={row.id}>
                <a href={`/espace-jeune/messages?conversation=${row.id}`} aria-current={row.id === open?.id ? 'page' : undefined}>
                  {row.with.name}
                  {row.unread ? ` (${row.unread} non lu${row.unread > 1 ? 's' : ''})` : ''}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {open ? <h2>Conversation avec {open.with.name}</h2> : <p>Écrivez à votre conseiller : il vous répondra ici.</p>}
      <ol className="messages">
        {messages.map((message) => {
          const isMine = message.direction === 'to-counsellor'
          return (
            <li key={message.id}>
              <p className="hint">
                {isMine ? 'Moi' : (message.authorName ?? 'Mon conseiller')}, le {frenchMoment(message.createdAt)}
                {isMine && <span data-testid="read-state"> · {message.readAt ? 'Lu' : 'Non lu'}</span>}
              </p>
              <p className="pre">{message.text}</p>
            </li>
          )
        })}
      </ol>
      <form action={sendMessageToCounsellor}>
        {open && <input type="hidden" name="conversation" value={open.id} />}
        <label htmlFor="message-text">Mon message</label>
        <textarea id="message-text" name="text" rows={3} maxLength={5000} required />
        <button type="submit">Envoyer</button>
      </form>
    </>
  )
}

export default MessagesPage
