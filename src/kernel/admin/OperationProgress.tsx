'use client'
import React from 'react'

/** A `bulk-operations` document as its readers see it (DOMAIN.md « Bulk operations »). */
export type Operation = { id: number; kind: string; kindLabel?: string; itemCollection?: string; status: string; total: number; done: number; failed: number; errors?: { item: number; message: string }[]; createdAt: string }

const STATUS_LABELS: Record<string, string> = { queued: 'En attente', running: 'En cours', done: 'Terminée', failed: 'Échouée' }

/** The progress of one operation: a bar that fills as chunks commit. */
export const OperationProgress = ({ operation, itemLink, itemLabel }: { operation: Operation; itemLink?: (item: number) => string; itemLabel?: (item: number) => string }) => {
  const itemCollection = operation.itemCollection ?? 'accounts'
  const linkOf = itemLink ?? ((item: number) => `/admin/collections/${itemCollection}/${item}`)
  const labelOf = itemLabel ?? ((item: number) => `Élément n° ${item}`)
  const processed = operation.done + operation.failed
  const percent = operation.total > 0 ? Math.round((100 * processed) / operation.total) : 0
  return (
    <div data-operation={operation.id} data-status={operation.status} style={{ margin: '8px 0' }}>
      <div style={{ display: 'flex', justifyContent: 'space-between', fontSize: 13 }}>
        <strong>{operation.kindLabel ?? operation.kind}</strong>
        <span>
          {STATUS_LABELS[operation.status] ?? operation.status} — {processed} / {operation.total}
          {operation.failed ? ` (${operation.failed} en erreur)` : ''}
        </span>
      </div>
      <div
        role="progressbar"
        aria-label={`Progression de l'opération ${operation.id}`}
        aria-valuemin={0}
        aria-valuemax={operation.total}
        aria-valuenow={processed}
        style={{ height: 12, borderRadius: 6, background: 'var(--theme-elevation-150)', overflow: 'hidden' }}
      >
        <div style={{ width: `${percent}%`, height: '100%', background: operation.status === 'failed' ? 'var(--theme-error-500)' : 'var(--theme-success-500)', transition: 'width .3s' }} />
      </div>
      {operation.errors && operation.errors.length > 0 && (
        <details style={{ fontSize: 13 }}>
          <summary>Éléments non traités ({operation.errors.length})</summary>
          <ul>
            {operation.errors.slice(0, 50).map((error) => (
              <li key={error.item}>
                <a href={linkOf(error.item)}>{labelOf(error.item)}</a> : {error.message}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  )
}
