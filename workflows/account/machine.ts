import { setup } from 'xstate'

import type { LifecycleDefinition } from '../shared/types'

export type AccountState = 'pending' | 'enabled' | 'transferred' | 'disabled' | 'deleted' | 'archived'

/** Why an account is archived (seed 003): the two manual reasons, or the nightly rule. */
export const ARCHIVE_REASONS = ['young-person-request', 'death', 'automatic'] as const

export type ArchiveReason = (typeof ARCHIVE_REASONS)[number]

export const ARCHIVE_REASON_LABELS: Record<ArchiveReason, string> = {
  'young-person-request': 'Demande du jeune',
  death: 'Décès',
  automatic: 'Archivage automatique',
}

export type AccountEvent =
  | { type: 'ENABLE' }
  | { type: 'TRANSFER'; structure: number; message?: string }
  | { type: 'DISABLE' }
  | { type: 'DELETE'; reason: string }
  | { type: 'ARCHIVE'; reason: ArchiveReason }

/**
 * A young person's account (seed 000): a pre-registration waits for its Mission Locale,
 * which enables it or transfers it to another Mission Locale; only an enabled account logs in.
 * Actions are effect names the host runs after the transition commits.
 * Archiving (seed 003, « Archiver des dossiers ») is final and reachable from every other state.
 */
export const accountMachine = setup({
  types: { events: {} as AccountEvent },
  actions: {
    notifyAccountEnabled: () => {},
    notifyTransferTarget: () => {},
    eraseIdentity: () => {},
  },
}).createMachine({
  id: 'account',
  initial: 'pending',
  states: {
    pending: {
      on: {
        ENABLE: { target: 'enabled', actions: 'notifyAccountEnabled' },
        TRANSFER: { target: 'transferred', actions: 'notifyTransferTarget' },
        ARCHIVE: 'archived',
      },
    },
    transferred: {
      on: {
        ENABLE: { target: 'enabled', actions: 'notifyAccountEnabled' },
        TRANSFER: { target: 'transferred', actions: 'notifyTransferTarget', reenter: true },
        ARCHIVE: 'archived',
      },
    },
    enabled: { on: { DISABLE: 'disabled', DELETE: { target: 'deleted', actions: 'eraseIdentity' }, ARCHIVE: 'archived' } },
    disabled: { on: { ENABLE: 'enabled', DELETE: { target: 'deleted', actions: 'eraseIdentity' }, ARCHIVE: 'archived' } },
    // CEJ (seed 001) « Supprimer ce compte », by the young person's counsellor, with a reason: final.
    deleted: { type: 'final' },
    archived: { type: 'final' },
  },
})

export const accountLifecycle: LifecycleDefinition<AccountState, AccountEvent['type']> = {
  states: {
    pending: { label: { fr: 'En attente de validation', en: 'Awaiting validation' }, color: 'orange' },
    enabled: { label: { fr: 'Activé', en: 'Enabled' }, color: 'green' },
    transferred: { label: { fr: 'Transféré', en: 'Transferred' }, color: 'purple' },
    disabled: { label: { fr: 'Désactivé', en: 'Disabled' }, color: 'grey' },
    deleted: { label: { fr: 'Supprimé', en: 'Deleted' }, color: 'red' },
    archived: { label: { fr: 'Archivé', en: 'Archived' }, color: 'red' },
  },
  events: {
    ENABLE: { label: { fr: 'Activer le compte', en: 'Enable' }, tone: 'primary' },
    TRANSFER: {
      label: { fr: 'Transférer le compte à une autre Mission Locale', en: 'Transfer to another Mission Locale' },
      probe: { structure: 0 },
      fields: [
        {
          name: 'structure',
          type: 'relationship',
          relationTo: 'structures',
          filter: { type: 'mission-locale' },
          required: true,
          label: { fr: 'Mission Locale de destination', en: 'Destination Mission Locale' },
        },
        { name: 'message', type: 'textarea', maxLength: 2000, label: { fr: 'Message', en: 'Message' } },
      ],
    },
    DISABLE: { label: { fr: 'Désactiver le compte', en: 'Disable' }, tone: 'danger' },
    DELETE: {
      label: { fr: 'Supprimer ce compte', en: 'Delete this account' },
      tone: 'danger',
      fields: [{ name: 'reason', type: 'textarea', required: true, maxLength: 500, label: { fr: 'Motif de la suppression', en: 'Reason' } }],
    },
    ARCHIVE: {
      label: { fr: 'Archiver le dossier (irréversible)', en: 'Archive (irreversible)' },
      tone: 'danger',
      probe: { reason: 'young-person-request' },
      fields: [
        {
          name: 'reason',
          type: 'text',
          required: true,
          maxLength: 40,
          // `automatic` is the nightly rule's alone: a person chooses between these two.
          options: (['young-person-request', 'death'] as const).map((value) => ({ value, label: { fr: ARCHIVE_REASON_LABELS[value], en: value } })),
          label: { fr: "Motif de l'archivage", en: 'Reason' },
        },
      ],
    },
  },
}
