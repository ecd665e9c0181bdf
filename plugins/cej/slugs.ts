/** Collection slugs of the CEJ module (DOMAIN.md). */
export const CEJ_SLUGS = {
  sessions: 'sessions',
  actions: 'actions',
  reassignments: 'reassignments',
} as const
