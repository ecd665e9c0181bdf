/** Collection slugs of the placement module (DOMAIN.md: keep exactly). */
export const PLACEMENT_SLUGS = {
  offers: 'offers',
  documents: 'documents',
  candidatures: 'candidatures',
  parrainages: 'parrainages',
  followUpMessages: 'follow-up-messages',
  privateNotes: 'private-notes',
  /** A CV or cover letter typed in the platform, saved as a PDF among the candidate's `documents`. */
  documentDrafts: 'document-drafts',
  /** « Espaces collaboratifs »: professionals' shared spaces and what their members share. */
  sharedSpaces: 'shared-spaces',
  spaceMessages: 'space-messages',
  spaceDocuments: 'space-documents',
  spaceEvents: 'space-events',
  /** Not in DOMAIN.md's list: the files of candidates an establishment imports (issue 17). */
  candidateImports: 'candidate-imports',
  /** Not in DOMAIN.md's list: the candidate file, one-to-one with the account (issue 16, lean accounts). */
  candidateProfiles: 'candidate-profiles',
} as const

