import type { AdminViewServerProps } from 'payload'

import { asPrincipal, userWorksIn } from '../../../../src/kernel/access'
import { AdminPage } from '../../../../src/kernel/admin/AdminPage'
import { frenchDate } from '../../../../src/kernel/lib/frenchDates'
import { SLUGS } from '../../../../collections/slugs'
import { MESSAGING_SLUGS } from '../../slugs'
import { listMyConversations } from '../operations/conversationOps'
import { ConversationActions, SendBox } from './MessagingClient'

export const MESSAGING_PATH = '/messagerie'

const param = (value: unknown) => (Array.isArray(value) ? String(value[0] ?? '') : typeof value === 'string' ? value : '')
const cardStyle = { border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: '8px 12px' }
const at = (value?: string | null) => (value ? `le ${frenchDate(value)} à ${new Date(value).toLocaleTimeString('fr-FR', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Paris' }).replace(':', 'h')}` : '')

/**
 * « Messagerie » (seed 001): the counsellor's conversations (pinned first, unread counts), one
 * conversation with « Lu » / « Non lu » on each of their messages, and the send box (one or several
 * young people of the portfolio, or a diffusion list). Everything is read with the user's access.
 */
export const MessagingView = async (view: AdminViewServerProps) => {
  const { req } = view.initPageResult
  const user = asPrincipal(req.user)
  if (!userWorksIn(user, 'cej')) {
    return (
      <AdminPage view={view} title="Messagerie">
        <p>La messagerie est réservée aux conseillers CEJ.</p>
      </AdminPage>
    )
  }
  const { docs: conversations } = await listMyConversations({ req })
  const selected = Number(param(view.searchParams?.c)) || null
  const conversation = conversations.find((c) => c.id === selected) ?? null
  const messages = conversation
    ? (await req.payload.find({ collection: MESSAGING_SLUGS.messages, where: { conversation: { equals: conversation.id } }, sort: 'createdAt', limit: 200, depth: 1, overrideAccess: false, user: req.user, req })).docs
    : []
  const followed = (await req.payload.find({ collection: SLUGS.accounts, where: { referents: { in: [user!.id] } }, limit: 500, depth: 0, sort: 'lastName', select: { firstName: true, lastName: true }, overrideAccess: false, user: req.user, req })).docs
  const lists = (await req.payload.find({ collection: MESSAGING_SLUGS.diffusionLists, limit: 100, depth: 0, overrideAccess: false, user: req.user, req })).docs
  return (
    <AdminPage view={view} title="Messagerie">
      <p>
        <a href={`/admin/collections/${MESSAGING_SLUGS.diffusionLists}`}>Voir mes listes de diffusion</a> ·{' '}
        <a href="/api/messages/diffusion">Voir les messages envoyés à mes listes de diffusion</a>
      </p>
      <div style={{ display: 'grid', gridTemplateColumns: 'minmax(260px, 1fr) 2fr', gap: 24, alignItems: 'start' }}>
        <ul id="messaging-conversations" style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: 8 }}>
          {conversations.length === 0 ? <li>Aucune conversation pour le moment.</li> : null}
          {conversations.map((row) => (
            <li key={row.id} style={{ ...cardStyle, background: row.id === selected ? 'var(--theme-elevation-100)' : undefined }}>
              <a href={`/admin${MESSAGING_PATH}?c=${row.id}`} style={{ textDecoration: 'none' }}>
                <strong>
                  {row.pinned ? '📌 ' : ''}
                  {row.with.name}
                </strong>
                {row.unread ? <span className="pill" style={{ marginLeft: 8 }}>{row.unread} non lu{row.unread > 1 ? 's' : ''}</span> : null}
                {row.lastMessage ? (
                  <div style={{ fontSize: 13 }}>
                    {row.lastMessage.isMine ? 'Vous : ' : ''}
                    {String(row.lastMessage.text ?? 'Pièce jointe').slice(0, 80)}
                    <br />
                    {at(row.lastMessageAt as string)}
                    {row.lastMessage.isMine ? ` · ${row.lastMessage.readState}` : ''}
                  </div>
                ) : null}
              </a>
            </li>
          ))}
        </ul>
        <div>
          {conversation ? (
            <section id="messaging-conversation">
              <h2>{conversation.with.name}</h2>
              <ConversationActions id={conversation.id} pinned={conversation.pinned} hasUnread={conversation.unread > 0} />
              <ol style={{ listStyle: 'none', padding: 0, display: 'grid', gap: 8 }}>
                {messages.map((message) => {
                  const isMine = message.direction === 'to-account'
                  return (
                    <li key={message.id} style={{ ...cardStyle, marginLeft: isMine ? 48 : 0, marginRight: isMine ? 0 : 48 }}>
                      <div style={{ fontSize: 12 }}>
                        {message.authorName} · {at(message.createdAt)}
                        {isMine ? ` · ${message.readAt ? 'Lu' : 'Non lu'}` : ''}
                      </div>
                      {message.text ? <p style={{ whiteSpace: 'pre-wrap', margin: '4px 0' }}>{message.text}</p> : null}
                      {(message.links ?? []).map((link) => (
                        <div key={link.id ?? link.url}>
                          <a href={link.url} target="_blank" rel="noopener noreferrer">{link.url}</a>
                        </div>
                      ))}
                      {((message.attachments ?? []) as { id: number; filename?: string | null; url?: string | null }[]).map((file) =>
                        typeof file === 'object' ? (
                          <div key={file.id}>
                            📎 <a href={file.url ?? '#'}>{file.filename}</a>
                          </div>
                        ) : null,
                      )}
                    </li>
                  )
                })}
              </ol>
            </section>
          ) : (
            <p>Choisissez une conversation, ou écrivez à un ou plusieurs bénéficiaires ci-dessous.</p>
          )}
          <SendBox
            conversation={conversation?.id ?? null}
            accounts={followed.map((a) => ({ id: a.id as number, name: [a.lastName?.toUpperCase(), a.firstName].filter(Boolean).join(' ') }))}
            lists={lists.map((l) => ({ id: l.id as number, name: String(l.name) }))}
          />
        </div>
      </div>
    </AdminPage>
  )
}
