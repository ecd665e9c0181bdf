/** Functions a staff user holds in their structures (seed 003). `direction`: one per structure. */
export const FUNCTION_OPTIONS = [
  { label: { fr: 'Direction', en: 'Management' }, value: 'direction' },
  { label: { fr: 'Conseiller', en: 'Counsellor' }, value: 'counsellor' },
  { label: { fr: 'Chargé d’accueil', en: 'Reception' }, value: 'reception' },
  { label: { fr: 'Assistant administratif', en: 'Administrative assistant' }, value: 'assistant' },
]
