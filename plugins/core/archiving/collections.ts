import type { CollectionAfterReadHook, CollectionConfig, Field } from 'payload'

import { isSuperAdmin, nobody, opensSection } from '../../../src/kernel/access'
import { BULK_OPERATIONS_SLUG } from '../../../src/kernel/bulk'
import { relationId } from '../../../src/kernel/lib/relationId'
import { GROUPS } from '../../../collections/slugs'

export const ARCHIVING_RUNS_SLUG = 'archiving-runs'
export const RETENTION_RUNS_SLUG = 'retention-runs'

const runStatus: Field = {
  name: 'status',
  type: 'select',
  required: true,
  defaultValue: 'running',
  label: { fr: 'Statut', en: 'Status' },
  options: [
    { value: 'running', label: { fr: 'En cours', en: 'Running' } },
    { value: 'done', label: { fr: 'Terminé', en: 'Done' } },
    { value: 'failed', label: { fr: 'En échec', en: 'Failed' } },
  ],
}

/** An archiving run's state: its bulk operation's. */
const bulkStatus: Field = {
  name: 'status',
  type: 'select',
  label: { fr: 'Statut', en: 'Status' },
  options: [
    { value: 'queued', label: { fr: 'En attente', en: 'Queued' } },
    { value: 'running', label: { fr: 'En cours', en: 'Running' } },
    { value: 'done', label: { fr: 'Terminé', en: 'Done' } },
    { value: 'failed', label: { fr: 'En échec', en: 'Failed' } },
  ],
}

const trigger: Field = {
  name: 'trigger',
  type: 'select',
  required: true,
  defaultValue: 'nightly',
  label: { fr: 'Déclenchement', en: 'Trigger' },
  options: [
    { value: 'nightly', label: { fr: 'Tâche de nuit', en: 'Nightly' } },
    { value: 'manual', label: { fr: 'Manuel', en: 'Manual' } },
  ],
}

/** The run's figures are its bulk operation's: read from it, never copied (one place to look). */
const fromOperation: CollectionAfterReadHook = async ({ doc, req }) => {
  const id = relationId(doc.operation)
  const operation = id
    ? await req.payload.findByID({ collection: BULK_OPERATIONS_SLUG, id, depth: 0, overrideAccess: true, disableErrors: true, req })
    : null
  if (!operation) return { ...doc, status: 'done', total: 0, done: 0, failed: 0, errors: [], finishedAt: doc.createdAt }
  return { ...doc, status: operation.status, total: operation.total, done: operation.done, failed: operation.failed, errors: operation.errors ?? [], finishedAt: operation.finishedAt ?? null }
}

const virtual = { virtual: true, admin: { readOnly: true } } as const

/**
 * One run of the nightly archiving rule: when and why it ran, and the `bulk-operations` document
 * (kind `archiving`) that does the work in chunks; status, totals and per-account errors are
 * that operation's, read through. Written by the run only; read by administrators.
 */
export const ArchivingRuns: CollectionConfig = {
  slug: ARCHIVING_RUNS_SLUG,
  labels: { singular: { fr: "Passage d'archivage", en: 'Archiving run' }, plural: { fr: "Passages d'archivage", en: 'Archiving runs' } },
  admin: { group: GROUPS.administration, defaultColumns: ['createdAt', 'trigger', 'status', 'total', 'done', 'failed'] },
  access: { read: opensSection('administration'), create: nobody, update: nobody, delete: isSuperAdmin },
  hooks: { afterRead: [fromOperation] },
  fields: [
    trigger,
    { name: 'operation', type: 'relationship', relationTo: BULK_OPERATIONS_SLUG, label: { fr: 'Opération groupée', en: 'Bulk operation' }, admin: { readOnly: true } },
    { ...bulkStatus, ...virtual },
    { name: 'total', type: 'number', label: { fr: 'Dossiers à archiver', en: 'Total' }, ...virtual },
    { name: 'done', type: 'number', label: { fr: 'Archivés', en: 'Done' }, ...virtual },
    { name: 'failed', type: 'number', label: { fr: 'En erreur', en: 'Failed' }, ...virtual },
    { name: 'errors', type: 'json', label: { fr: 'Erreurs par dossier', en: 'Errors' }, ...virtual },
    { name: 'finishedAt', type: 'date', label: { fr: 'Terminé le', en: 'Finished at' }, ...virtual },
  ],
}

/** One run of the retention job: how many rows of each kind it erased. */
export const RetentionRuns: CollectionConfig = {
  slug: RETENTION_RUNS_SLUG,
  labels: { singular: { fr: 'Passage de purge', en: 'Retention run' }, plural: { fr: 'Passages de purge (conservation des données)', en: 'Retention runs' } },
  admin: { group: GROUPS.administration, defaultColumns: ['createdAt', 'status', 'pendingAccounts', 'resetTokens', 'notifications', 'instantTResults'] },
  access: { read: isSuperAdmin, create: nobody, update: nobody, delete: nobody },
  fields: [
    trigger,
    runStatus,
    { name: 'pendingAccounts', type: 'number', defaultValue: 0, label: { fr: 'Pré-inscriptions jamais validées supprimées', en: 'Pending accounts' } },
    { name: 'resetTokens', type: 'number', defaultValue: 0, label: { fr: 'Liens de mot de passe expirés effacés', en: 'Reset tokens' } },
    { name: 'notifications', type: 'number', defaultValue: 0, label: { fr: 'Notifications lues supprimées', en: 'Notifications' } },
    { name: 'instantTResults', type: 'number', defaultValue: 0, label: { fr: 'Résultats Instant-T anonymes supprimés', en: 'Instant-T results' } },
    { name: 'settings', type: 'json', label: { fr: 'Délais appliqués (jours)', en: 'Settings' } },
    { name: 'error', type: 'textarea', label: { fr: 'Erreur', en: 'Error' } },
    { name: 'finishedAt', type: 'date', label: { fr: 'Terminé le', en: 'Finished at' } },
  ],
}
