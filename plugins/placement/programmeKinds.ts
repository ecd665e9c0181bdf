/** The programmes Atouts data (candidatures, parrainages, documents, private notes) belongs to (issue 18). */
export const PLACEMENT_PROGRAMME_KINDS = ['placement', 'parrainage'] as const
