import React from 'react'

import type { PathProgramme } from './readPath'

/** A day in Paris, « 05/01/2026 »; « — » when there is none. */
export const pathDay = (value: string | null) => (value ? new Date(value).toLocaleDateString('fr-FR', { timeZone: 'Europe/Paris' }) : '—')

/**
 * The programmes of a young person's path as one table (issue 18): the admin's « Parcours »
 * panel and the site's « Mon parcours » page render the same rows. Plain markup, no hook and no
 * admin import, so the site's server page and the admin's client panel can both use it; each
 * page brings its own look (`className`).
 */
export const ProgrammesTable = ({ programmes, className }: { programmes: PathProgramme[]; className?: string }) => (
  <table className={className}>
    <thead>
      <tr>
        <th scope="col">Dispositif</th>
        <th scope="col">Structure</th>
        <th scope="col">Référents</th>
        <th scope="col">Début</th>
        <th scope="col">Fin</th>
        <th scope="col">Statut</th>
      </tr>
    </thead>
    <tbody>
      {programmes.map((programme) => (
        <tr key={programme.id}>
          <td>{programme.kindLabel}</td>
          <td>{programme.structure?.name ?? '—'}</td>
          <td>{programme.referents.join(', ') || '—'}</td>
          <td>{pathDay(programme.startDate)}</td>
          <td>{pathDay(programme.endDate)}</td>
          <td>{programme.statusLabel}</td>
        </tr>
      ))}
    </tbody>
  </table>
)
