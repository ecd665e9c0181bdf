import type { CollectionConfig, Field } from 'payload'

import { isSuperAdmin, nobody, opensSection } from '../../../src/kernel/access'
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

/**
 * One run of the nightly archiving rule: totals and per-account errors, updated after every chunk.
 * Written by the run only; read by administrators. To become a `bulk-operations` kind at merge.
 */
export const ArchivingRuns: CollectionConfig = {
  slug: ARCHIVING_RUNS_SLUG,
  labels: { singular: { fr: "Passage d'archivage", en: 'Archiving run' }, plural: { fr: "Passages d'archivage", en: 'Archiving runs' } },
  admin: { group: GROUPS.administration, defaultColumns: ['createdAt', 'trigger', 'status', 'total', 'done', 'failed'] },
  access: { read: opensSection('administration'), create: nobody, update: nobody, delete: isSuperAdmin },
  fields: [
    trigger,
    runStatus,
    { name: 'total', type: 'number', defaultValue: 0, label: { fr: 'Dossiers à archiver', en: 'Total' } },
    { name: 'done', type: 'number', defaultValue: 0, label: { fr: 'Archivés', en: 'Done' } },
    { name: 'failed', type: 'number', defaultValue: 0, label: { fr: 'En échec', en: 'Failed' } },
    { name: 'errors', type: 'json', label: { fr: 'Erreurs par dossier', en: 'Errors' } },
    { name: 'finishedAt', type: 'date', label: { fr: 'Terminé le', en: 'Finished at' } },
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
