'use client'

import { useEffect, useState } from 'react'

import { errorMessageOf, postJson } from '../../../../src/kernel/admin/postJson'

const post = async (path: string, body?: unknown) => {
  const { ok, answer } = await postJson(path, body)
  if (!ok) throw new Error(errorMessageOf(answer, 'Erreur'))
  return answer
}

/** Opening a conversation marks the young person's messages « Lu » (only theirs: the server moves the recipient's side); « Épingler ». */
export const ConversationActions = ({ id, pinned, hasUnread }: { id: number; pinned: boolean; hasUnread: boolean }) => {
  useEffect(() => {
    if (hasUnread) void post(`/api/conversations/${id}/read`).catch(() => {})
  }, [id, hasUnread])
  return (
    <button
      type="button"
      className="btn btn--style-secondary btn--size-small"
      onClick={() => post(`/api/conversations/${id}/pin`, { pinned: !pinned }).then(() => window.location.reload())}
    >
      {pinned ? 'Désépingler' : 'Épingler la conversation'}
    </button>
  )
}

/** The send box: this conversation, or several young people of the portfolio, or a diffusion list. */
export const SendBox = ({ conversation, accounts, lists }: { conversation: number | null; accounts: { id: number; name: string }[]; lists: { id: number; name: string }[] }) => {
  const [text, setText] = useState('')
  const [link, setLink] = useState('')
  const [recipients, setRecipients] = useState<number[]>([])
  const [list, setList] = useState('')
  const [mode, setMode] = useState<'conversation' | 'several' | 'list'>(conversation ? 'conversation' : 'several')
  const [status, setStatus] = useState<string | null>(null)
  const send = async () => {
    setStatus(null)
    const base = { text, ...(link ? { links: [link] } : {}) }
    const body = mode === 'conversation' ? { ...base, conversation } : mode === 'list' ? { ...base, diffusionList: Number(list) } : { ...base, accounts: recipients }
    try {
      const result = await post('/api/messages/send', body)
      setStatus(result.message ?? 'Message envoyé.')
      setText('')
      setLink('')
      window.location.reload()
    } catch (error) {
      setStatus((error as Error).message)
    }
  }
  return (
    <section id="messaging-send" style={{ marginTop: 24, display: 'grid', gap: 8 }}>
      <h3>Nouveau message</h3>
      <div style={{ display: 'flex', gap: 16 }}>
        {conversation ? (
          <label>
            <input type="radio" checked={mode === 'conversation'} onChange={() => setMode('conversation')} /> Cette conversation
          </label>
        ) : null}
        <label>
          <input type="radio" checked={mode === 'several'} onChange={() => setMode('several')} /> Message multi-destinataires
        </label>
        <label>
          <input type="radio" checked={mode === 'list'} onChange={() => setMode('list')} /> Liste de diffusion
        </label>
      </div>
      {mode === 'several' ? (
        <label>
          Destinataires
          <select multiple value={recipients.map(String)} onChange={(e) => setRecipients([...e.target.selectedOptions].map((o) => Number(o.value)))} style={{ width: '100%', minHeight: 120 }}>
            {accounts.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {mode === 'list' ? (
        <label>
          Liste de diffusion
          <select value={list} onChange={(e) => setList(e.target.value)} style={{ width: '100%' }}>
            <option value="">Choisir une liste</option>
            {lists.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <label>
        Message
        <textarea value={text} onChange={(e) => setText(e.target.value)} rows={4} style={{ width: '100%' }} />
      </label>
      <label>
        Lien (facultatif)
        <input type="url" value={link} onChange={(e) => setLink(e.target.value)} placeholder="https://…" style={{ width: '100%' }} />
      </label>
      <div>
        <button type="button" className="btn btn--style-primary btn--size-small" onClick={send} disabled={!text && !link}>
          Envoyer
        </button>
        {status ? <span style={{ marginLeft: 12 }} role="status">{status}</span> : null}
      </div>
    </section>
  )
}
