import type { RequiredDataFromCollectionSlug } from 'payload'

import type { Session } from '../../../src/payload-types'
import { paragraph, richText } from '../../../src/kernel/seed/lexical'
import type { SeedStep } from '../../../src/kernel/seed/steps'
import { lifecycleCreateData, type LifecycleCreateData } from '../../lifecycle'
import { CEJ_SLUGS, MESSAGING_SLUGS } from '../slugs'

const HOUR = 60 * 60 * 1000
const DAY = 24 * HOUR

/** At 10:00 UTC, `days` from today (negative: in the past). */
const at = (days: number, hours = 0) => {
  const date = new Date()
  date.setUTCHours(10, 0, 0, 0)
  return new Date(date.getTime() + days * DAY + hours * HOUR).toISOString()
}

/**
 * The Mission Locale de Rouen's agenda: a visible information session with one registered
 * young person, a workshop not yet visible with two places, and a past workshop that the clock
 * moves to « À clore »; Sarah Michel's actions (one finished, to qualify; one late); two
 * « Actualités » the Mission Locale publishes for its young people (they read them on the site).
 */
export const seedCej: SeedStep = async ({ payload, req, ids }) => {
  const structure = ids.get('ml-rouen')
  const sarah = (await payload.find({ collection: 'accounts', where: { email: { equals: 'sarah.michel@exemple.fr' } }, limit: 1, depth: 0, req })).docs[0]
  const facilitator = (await payload.find({ collection: 'users', where: { email: { equals: 'referent-full@tremplin.test' } }, limit: 1, depth: 0, req })).docs[0]
  if (!structure || !sarah) return
  const registered: Session['registrations'] = [{ account: sarah.id, status: 'registered', changedAt: new Date().toISOString() }]
  const sessions: Omit<LifecycleCreateData<'sessions'>, 'structure' | 'facilitator'>[] = [
    {
      title: 'Recrutement service civique',
      name: "Dans le domaine de l'écologie",
      kind: 'information',
      theme: "Accès à l'emploi",
      description: "Cette offre de service est proposée dans le cadre du mois de l'engagement.",
      partner: 'Unis-Cité Normandie',
      startsAt: at(3),
      endsAt: at(3, 2),
      registrationDeadline: at(2),
      location: 'Mission Locale de Rouen – 2 rue de la République, 76000 Rouen',
      capacity: 8,
      visible: true,
      registrations: registered,
    },
    {
      title: 'GJ - CV et Lettre de motivation',
      name: 'Session de novembre',
      kind: 'workshop',
      theme: "Accès à l'emploi",
      startsAt: at(10),
      endsAt: at(10, 2),
      registrationDeadline: at(9),
      location: "Antenne d'Elbeuf",
      capacity: 2,
      visible: false,
      registrations: [],
    },
    {
      title: "Simulation d'entretien d'embauche",
      name: 'Atelier collectif',
      kind: 'workshop',
      startsAt: at(-2),
      endsAt: at(-2, 2),
      location: 'Mission Locale de Rouen',
      visible: true,
      registrations: registered,
    },
  ]
  for (const session of sessions) {
    const existing = await payload.count({ collection: CEJ_SLUGS.sessions, where: { title: { equals: session.title } }, req })
    if (existing.totalDocs) continue
    await payload.create({ collection: CEJ_SLUGS.sessions, data: lifecycleCreateData<'sessions'>({ ...session, structure, facilitator: facilitator?.id }), req })
  }
  const actions: Omit<RequiredDataFromCollectionSlug<'actions'>, 'account'>[] = [
    { category: 'training', title: 'Se renseigner sur la formation de cariste', status: 'done', dueDate: at(-5) },
    { category: 'job', title: 'Envoyer trois candidatures spontanées', status: 'in-progress', dueDate: at(-1) },
    { category: 'housing', title: 'Déposer une demande de logement jeune', status: 'todo', dueDate: at(6) },
  ]
  for (const action of actions) {
    const existing = await payload.count({ collection: CEJ_SLUGS.actions, where: { title: { equals: action.title } }, req })
    if (existing.totalDocs) continue
    await payload.create({ collection: CEJ_SLUGS.actions, data: { ...action, account: sarah.id }, req })
  }
  const news: RequiredDataFromCollectionSlug<'news'>[] = [
    {
      title: 'Job dating de l’alternance à la Mission Locale',
      content: richText(
        paragraph('Une quinzaine d’employeurs de l’agglomération rouennaise recrutent en alternance : commerce, logistique, aide à la personne, bâtiment.'),
        paragraph('Venez avec plusieurs CV imprimés. Pas encore de CV à jour ? Votre conseiller vous aide à le préparer avant le jour J.'),
      ),
      audience: 'young-people',
      structure,
      publishedAt: at(-3),
    },
    {
      title: 'Permis de conduire : des aides pour le financer',
      content: richText(
        paragraph('Le permis B est un frein pour trouver un emploi ou une formation ? Selon votre situation, des aides peuvent financer tout ou partie de votre permis.'),
        paragraph('Parlez-en à votre conseiller lors de votre prochain rendez-vous : il vérifie avec vous les aides auxquelles vous avez droit et monte le dossier.'),
      ),
      audience: 'young-people',
      structure,
      publishedAt: at(-1),
    },
  ]
  for (const item of news) {
    const existing = await payload.count({ collection: MESSAGING_SLUGS.news, where: { title: { equals: item.title } }, req })
    if (existing.totalDocs) continue
    await payload.create({ collection: MESSAGING_SLUGS.news, data: item, req })
  }
  payload.logger.info({ msg: `[seed] CEJ : ${sessions.length} sessions, ${actions.length} actions et ${news.length} actualités pour les jeunes à la Mission Locale de Rouen` })
}
