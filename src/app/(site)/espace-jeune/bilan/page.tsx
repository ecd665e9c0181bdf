import React from 'react'

import { youngPersonPage } from '../../lib/youngPerson'
import { phaseStatusLabel } from './progress'

export const metadata = { title: 'Mon bilan' }
export const dynamic = 'force-dynamic'

/** « Mon bilan » (seed 002): the phases chosen for the candidate, in order, each with its progress. */
const MyBilanPage = async () => {
  const { client } = await youngPersonPage()
  const steps = (await client.sdk.find({ collection: 'bilan-steps', sort: 'order', depth: 0, limit: 50 })).docs
  const completed = steps.filter((step) => step.status === 'completed').length
  return (
    <>
      <h1>Mon bilan</h1>
      {steps.length === 0 ? (
        <p>Aucun bilan ne vous est proposé pour le moment.</p>
      ) : (
        <>
          <p id="bilan-progress-label">
            {completed} phase{completed > 1 ? 's' : ''} terminée{completed > 1 ? 's' : ''} sur {steps.length}
          </p>
          <progress aria-labelledby="bilan-progress-label" max={steps.length} value={completed} />
          <ol className="cards">
            {steps.map((step) => (
              <li key={step.id}>
                <a href={`/espace-jeune/bilan/${step.id}`}>{step.title}</a>
                <p className={`status status-${step.status}`}>{phaseStatusLabel(step.status)}</p>
              </li>
            ))}
          </ol>
        </>
      )}
    </>
  )
}

export default MyBilanPage
