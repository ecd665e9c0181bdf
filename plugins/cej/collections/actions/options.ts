import type { Action } from '../../../../src/payload-types'

/** Categories of an action, the same as i-milo's SNP types (« Le type de SNP correspond aux mêmes catégories que dans i-milo »). */
export const ACTION_CATEGORIES: { value: NonNullable<Action['category']>; label: { fr: string; en: string } }[] = [
  { value: 'job', label: { fr: 'Emploi', en: 'Employment' } },
  { value: 'training', label: { fr: 'Formation', en: 'Training' } },
  { value: 'career-plan', label: { fr: 'Projet professionnel', en: 'Career plan' } },
  { value: 'housing', label: { fr: 'Logement', en: 'Housing' } },
  { value: 'health', label: { fr: 'Santé', en: 'Health' } },
  { value: 'citizenship', label: { fr: 'Citoyenneté', en: 'Citizenship' } },
  { value: 'leisure', label: { fr: 'Loisirs, sport, culture', en: 'Leisure, sport, culture' } },
  { value: 'daily-life', label: { fr: 'Vie quotidienne et accès aux droits', en: 'Daily life and rights' } },
]

export const ACTION_STATUSES = [
  { value: 'todo', label: { fr: 'À faire', en: 'To do' } },
  { value: 'in-progress', label: { fr: 'En cours', en: 'In progress' } },
  { value: 'done', label: { fr: 'Terminée', en: 'Done' } },
]
