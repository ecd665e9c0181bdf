import React from 'react'

import type { FollowUpMessage } from '../../../payload-types'
import { sendFollowUp } from '../espace-jeune/candidatures/actions'
import { frenchMoment } from '../espace-jeune/candidatures/labels'

type Args = {
  /** What the messages are about: a candidature or a parrainage request. */
  about: { candidature: number } | { parrainage: number }
  messages: FollowUpMessage[]
}

/**
 * « Messages de suivi » (seed 004) between the candidate and their referents, on a candidature
 * or a parrainage request, and the form to write one; the employer never sees them.
 */
export const FollowUpThread = ({ about, messages }: Args) => {
  const [field, id] = Object.entries(about)[0]
  return (
    <section aria-labelledby="suivi">
      <h2 id="suivi">Messages de suivi avec mon référent</h2>
      <p className="hint">L’employeur ne voit pas ces messages.</p>
      {messages.length === 0 ? (
        <p>Aucun message de suivi.</p>
      ) : (
        <ol className="messages">
          {messages.map((message) => (
            <li key={message.id}>
              <p className="hint">
                {message.authorName ?? '—'}, le {frenchMoment(message.createdAt)}
              </p>
              <p className="pre">{message.body}</p>
            </li>
          ))}
        </ol>
      )}
      <form action={sendFollowUp}>
        <input type="hidden" name={field} value={id} />
        <label htmlFor="body">Mon message à mon référent</label>
        <textarea id="body" name="body" rows={3} maxLength={5000} required />
        <button type="submit">Envoyer le message</button>
      </form>
    </section>
  )
}
