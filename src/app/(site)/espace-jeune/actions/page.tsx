import React from 'react'

import { ACTION_CATEGORIES, ACTION_STATUSES } from '../../../../../plugins/cej/collections/actions/options'
import { Flash } from '../../components/Flash'
import { youngPersonPage } from '../../lib/youngPerson'
import { createAction, updateActionStatus } from '../cej-actions'
import { frenchDay } from '../candidatures/labels'

export const metadata = { title: 'Mes actions' }
export const dynamic = 'force-dynamic'

type Args = { searchParams: Promise<{ ok?: string; erreur?: string }> }

const labelOf = (options: { value: string; label: { fr: string } }[], value: unknown) => options.find((option) => option.value === value)?.label.fr ?? String(value)

/** « Mes actions » (seed 001): the actions their counsellor proposed and their own, each with its status; a form to add one. */
const ActionsPage = async ({ searchParams }: Args) => {
  const { ok, erreur } = await searchParams
  const { client } = await youngPersonPage()
  const actions = (await client.sdk.find({ collection: 'actions', sort: 'dueDate', depth: 0, limit: 100 })).docs
  return (
    <>
      <h1>Mes actions</h1>
      <Flash ok={ok} error={erreur} />
      {actions.length === 0 ? (
        <p>Aucune action pour le moment.</p>
      ) : (
        <ul className="cards">
          {actions.map((action) => (
            <li key={action.id}>
              <strong>{action.title}</strong>
              <p className="hint">
                {labelOf(ACTION_CATEGORIES, action.category)} · pour le {frenchDay(action.dueDate)}
                {action.late ? ' · ' : ''}
                {action.late && <span className="late">en retard</span>}
              </p>
              <form action={updateActionStatus} className="actions">
                <input type="hidden" name="action" value={action.id} />
                <label htmlFor={`status-${action.id}`}>Statut de « {action.title} »</label>
                <select id={`status-${action.id}`} name="status" defaultValue={action.status}>
                  {ACTION_STATUSES.map((status) => (
                    <option key={status.value} value={status.value}>
                      {status.label.fr}
                    </option>
                  ))}
                </select>
                <button type="submit" className="secondary">
                  Mettre à jour
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
      <form action={createAction} aria-labelledby="nouvelle-action">
        <h2 id="nouvelle-action">Créer une action</h2>
        <label htmlFor="action-title">Titre de l’action (obligatoire)</label>
        <input id="action-title" name="title" type="text" maxLength={120} required />
        <label htmlFor="action-category">Catégorie (obligatoire)</label>
        <select id="action-category" name="category" required defaultValue="">
          <option value="" disabled>
            Choisissez une catégorie
          </option>
          {ACTION_CATEGORIES.map((category) => (
            <option key={category.value} value={category.value}>
              {category.label.fr}
            </option>
          ))}
        </select>
        <label htmlFor="action-description">Description</label>
        <textarea id="action-description" name="description" rows={2} maxLength={255} />
        <label htmlFor="action-date">Date (obligatoire)</label>
        <input id="action-date" name="dueDate" type="date" required />
        <button type="submit">Créer l’action</button>
      </form>
    </>
  )
}

export default ActionsPage
