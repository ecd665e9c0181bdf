/**
 * The demo questionnaire: the manual's five categories. Each question's options go from the
 * most favourable (3 points) to the least (0). `example` is the option (index) the manual's
 * example result chose, which gives exactly Emploi 11/15, Formation 9/12, Orientation 6/12,
 * Mobilité 2/9 and Santé 16/18.
 */
export type SeedQuestion = { text: string; example: number; options?: string[] }
export type SeedCategory = { name: string; description: string; questions: SeedQuestion[] }

const SCALE = ['Oui, tout à fait', 'Plutôt oui', 'Plutôt non', 'Non, pas du tout']
export const SEED_OPTION_POINTS = [3, 2, 1, 0]

export const seedOptions = (labels: string[] = SCALE) => labels.map((label, index) => ({ label, points: SEED_OPTION_POINTS[index] }))

export const SEED_QUESTIONNAIRE: SeedCategory[] = [
  {
    name: 'Emploi',
    description: 'Expérience professionnelle et recherche d’emploi.',
    questions: [
      { text: 'Avez-vous déjà travaillé (emploi, job d’été, intérim) ?', example: 0, options: ['Oui, plusieurs fois', 'Oui, une fois', 'Seulement un stage', 'Jamais'] },
      { text: 'Savez-vous quel métier vous aimeriez exercer ?', example: 0 },
      { text: 'Avez-vous un CV à jour ?', example: 1 },
      { text: 'Savez-vous où chercher des offres d’emploi ?', example: 1 },
      { text: 'Vous sentez-vous prêt(e) à passer un entretien d’embauche ?', example: 2 },
    ],
  },
  {
    name: 'Formation',
    description: 'Parcours scolaire, diplômes et projets de formation.',
    questions: [
      { text: 'Avez-vous obtenu un diplôme ou une certification ?', example: 0 },
      { text: 'Savez-vous quelle formation pourrait vous aider dans votre projet ?', example: 1 },
      { text: 'Êtes-vous à l’aise avec la lecture, l’écriture et le calcul au quotidien ?', example: 1 },
      { text: 'Êtes-vous à l’aise avec les outils numériques (ordinateur, messagerie, démarches en ligne) ?', example: 1 },
    ],
  },
  {
    name: 'Orientation',
    description: 'Projet professionnel et connaissance des métiers.',
    questions: [
      { text: 'Avez-vous une idée précise de votre projet professionnel ?', example: 1 },
      { text: 'Connaissez-vous les métiers qui recrutent près de chez vous ?', example: 1 },
      { text: 'Avez-vous déjà fait un stage ou une immersion en entreprise ?', example: 2 },
      { text: 'Savez-vous à qui vous adresser pour être conseillé(e) dans votre orientation ?', example: 2 },
    ],
  },
  {
    name: 'Mobilité',
    description: 'Moyens de déplacement et permis.',
    questions: [
      { text: 'Avez-vous le permis de conduire ?', example: 2, options: ['Oui', 'Je le prépare en ce moment', 'Pas encore, mais je souhaite le passer', 'Non'] },
      { text: 'Pouvez-vous vous rendre facilement sur un lieu de travail ou de formation ?', example: 2 },
      { text: 'Seriez-vous prêt(e) à déménager pour un emploi ou une formation ?', example: 3 },
    ],
  },
  {
    name: 'Santé',
    description: 'Bien-être, accès aux soins et couverture santé.',
    questions: [
      { text: 'Avez-vous une couverture santé (carte Vitale, complémentaire) ?', example: 0 },
      { text: 'Avez-vous un médecin traitant ?', example: 0 },
      { text: 'Dormez-vous suffisamment en général ?', example: 0 },
      { text: 'Vous sentez-vous en forme pour suivre une formation ou occuper un emploi ?', example: 0 },
      { text: 'Savez-vous où vous adresser si vous avez besoin d’aide pour votre santé ?', example: 1 },
      { text: 'Vous sentez-vous bien moralement en ce moment ?', example: 1 },
    ],
  },
]

/** The manual's example result, as the tests and the seed expect it. */
export const MANUAL_EXAMPLE_SCORES = [
  { category: 'Emploi', score: 11, max: 15, percent: 73 },
  { category: 'Formation', score: 9, max: 12, percent: 75 },
  { category: 'Orientation', score: 6, max: 12, percent: 50 },
  { category: 'Mobilité', score: 2, max: 9, percent: 22 },
  { category: 'Santé', score: 16, max: 18, percent: 89 },
]
