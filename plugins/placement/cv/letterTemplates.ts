/**
 * Cover-letter templates (seed 004: « Créé un CV et une lettre de motivation »). A template is a
 * starting text with a few merge fields; the candidate (or their referent) then edits the body.
 * Merge fields: {prenom} {nom} {entreprise} {poste}.
 */
export const LETTER_TEMPLATES = {
  offer: {
    label: { fr: 'Réponse à une offre', en: 'Answer to an offer' },
    body: `Madame, Monsieur,

Votre offre « {poste} » a retenu toute mon attention et je souhaite vous proposer ma candidature.

Ma formation et mes premières expériences m'ont permis d'acquérir les compétences attendues pour ce poste. Sérieux(se) et motivé(e), j'aimerais mettre mon énergie au service de {entreprise}.

Je me tiens à votre disposition pour un entretien.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

{prenom} {nom}`,
  },
  spontaneous: {
    label: { fr: 'Candidature spontanée', en: 'Spontaneous application' },
    body: `Madame, Monsieur,

Je souhaite rejoindre {entreprise} et vous adresse ma candidature spontanée.

Vous trouverez ci-joint mon CV, qui présente ma formation et mes expériences. Je serais heureux(se) de vous présenter mon projet lors d'un entretien.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

{prenom} {nom}`,
  },
  'work-study': {
    label: { fr: 'Demande d’alternance', en: 'Work-study application' },
    body: `Madame, Monsieur,

Je prépare une formation en alternance et je recherche une entreprise d'accueil. {entreprise} correspond au métier que je souhaite apprendre.

Mon rythme d'alternance et mes disponibilités sont précisés dans mon CV. Je serais ravi(e) d'en échanger avec vous.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

{prenom} {nom}`,
  },
} as const

export type LetterTemplateKey = keyof typeof LETTER_TEMPLATES

export const letterTemplateOptions = Object.entries(LETTER_TEMPLATES).map(([value, { label }]) => ({ value, label }))

export type LetterMergeValues = { prenom: string; nom: string; entreprise: string; poste: string }

/** The template's text with its merge fields filled (an empty value reads « votre entreprise », « ce poste »). */
export const fillLetterTemplate = (key: LetterTemplateKey, values: LetterMergeValues): string => {
  const fallbacks: LetterMergeValues = { prenom: '', nom: '', entreprise: 'votre entreprise', poste: 'ce poste' }
  return LETTER_TEMPLATES[key].body.replace(/\{(prenom|nom|entreprise|poste)\}/g, (_, name: keyof LetterMergeValues) => values[name]?.trim() || fallbacks[name]).trim()
}
