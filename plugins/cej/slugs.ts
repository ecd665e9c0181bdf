/** Collection slugs of the CEJ module (DOMAIN.md). */
export const CEJ_SLUGS = {
  sessions: 'sessions',
  actions: 'actions',
  appointments: 'appointments',
  reassignments: 'reassignments',
  /** The CEJ beneficiary's file, one-to-one with the account (issue #16, lean accounts). */
  cejProfiles: 'cej-profiles',
} as const

/** Messaging (seed 001, « Le module de messagerie ») and news (« Les actualités »). */
export const MESSAGING_SLUGS = {
  conversations: 'conversations',
  messages: 'messages',
  diffusionLists: 'diffusion-lists',
  messageAttachments: 'message-attachments',
  news: 'news',
  newsReads: 'news-reads',
} as const
