import React from 'react'

import type { ErasureRequest } from '../../../payload-types'
import { requestErasure } from './actions'

const dateFormat = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'Europe/Paris' })

const OUTCOMES: Record<string, { text: string; role: 'status' | 'alert' }> = {
  envoyee: { text: 'Votre demande d’effacement est envoyée à votre conseiller.', role: 'status' },
  'deja-en-cours': { text: 'Vous avez déjà une demande d’effacement en cours : votre conseiller vous répondra.', role: 'alert' },
  refusee: { text: 'Votre demande n’a pas pu être envoyée. Réessayez plus tard.', role: 'alert' },
}

/** « Mes données »: the downloads (JSON, PDF) and the erasure request with the answers already given. */
export const MyData = ({ requests, outcome }: { requests: ErasureRequest[]; outcome?: string }) => {
  const shown = outcome ? OUTCOMES[outcome] : undefined
  const open = requests.some((request) => !request.handledAt)
  return (
    <section aria-labelledby="mes-donnees">
      <h2 id="mes-donnees">Mes données</h2>
      <p>Téléchargez tout ce que la plateforme conserve sur vous.</p>
      <div className="actions">
        <a className="button secondary" href="/espace-jeune/mes-donnees" download>
          Télécharger mes données (JSON)
        </a>
        <a className="button secondary" href="/espace-jeune/mes-donnees/pdf" download>
          Télécharger mes données (PDF)
        </a>
      </div>
      <h3>Effacement de mes données</h3>
      {shown && (
        <p className={shown.role === 'status' ? 'notice' : 'alert'} role={shown.role}>
          {shown.text}
        </p>
      )}
      {requests.length > 0 && (
        <ul>
          {requests.map((request) => (
            <li key={request.id}>
              Demande du {dateFormat.format(new Date(request.createdAt))} :{' '}
              {request.handledAt ? `traitée le ${dateFormat.format(new Date(request.handledAt))}${request.answer ? ` — « ${request.answer} »` : ''}` : 'en cours de traitement par votre conseiller'}
            </li>
          ))}
        </ul>
      )}
      {!open && (
        <form action={requestErasure}>
          <label htmlFor="erasure-message">Message pour votre conseiller (facultatif)</label>
          <textarea id="erasure-message" name="message" rows={3} maxLength={2000} />
          <button type="submit">Demander l’effacement de mes données</button>
        </form>
      )}
    </section>
  )
}
