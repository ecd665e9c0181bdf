import type { PayloadRequest } from 'payload'

import { ARCHIVE_REASONS, type ArchiveReason } from '../../../workflows/account/machine'
import { forbidden, invalidField } from '../../../src/kernel/lib/errors'
import type { LifecycleDocument, LifecycleEvent } from '../../lifecycle/types'
import { closeOpenProgrammes } from './followUpProgramme'

/** Context flag of the nightly rule: the only caller allowed to archive with reason `automatic`. */
export const AUTOMATIC_ARCHIVING = 'automaticArchiving'

/** The e-mail an archived account keeps (the auth field is unique and required): no identity in it. */
export const archivedEmail = (id: number | string) => `dossier-archive-${id}@archive.invalid`

/**
 * `ARCHIVE {reason}` (seed 003, « Archiver des dossiers »): checks the reason, then returns the
 * changes that erase the identity in the transition's own write (same transaction). Kept for
 * statistics: structure, postal code, origin, referents, programmes, Instant-T results, dates,
 * and the birth year. `automatic` belongs to the nightly rule: a person sending it gets 403.
 * Every open programme is closed (issue 18), and the consent to sharing ends with the identity.
 */
export const archiveChanges = async ({ doc, event, req }: { doc: LifecycleDocument; event: LifecycleEvent; req: PayloadRequest }) => {
  const reason = event.reason as string
  if (!(ARCHIVE_REASONS as readonly string[]).includes(reason)) {
    throw invalidField({
      req,
      path: 'reason',
      label: "Motif de l'archivage",
      message: 'Motif d’archivage inconnu : choisissez « Demande du jeune » ou « Décès ».',
    })
  }
  if (reason === 'automatic' && (req.user || !req.context?.[AUTOMATIC_ARCHIVING])) {
    throw forbidden("L'archivage automatique est réservé à la règle nocturne : archivez un dossier pour le motif « demande du jeune » ou « décès ».")
  }
  const birthDate = doc.birthDate ? new Date(String(doc.birthDate)) : null
  await closeOpenProgrammes({ req, account: Number(doc.id) })
  return {
    sharesWithFollowers: false,
    archiveReason: reason as ArchiveReason,
    archivedAt: new Date().toISOString(),
    birthYear: birthDate && !Number.isNaN(birthDate.getTime()) ? birthDate.getUTCFullYear() : ((doc.birthYear as number | null | undefined) ?? null),
    birthDate: null,
    firstName: null,
    lastName: null,
    email: archivedEmail(doc.id),
    phone: null,
    address: null,
    city: null,
    transferMessage: null,
    familyContact: { name: null, relationship: null, phone: null, email: null },
  }
}
