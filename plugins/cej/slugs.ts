/** Collection slugs of the CEJ module (DOMAIN.md). */
export const CEJ_SLUGS = {
  sessions: 'sessions',
  actions: 'actions',
  appointments: 'appointments',
  reassignments: 'reassignments',
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
