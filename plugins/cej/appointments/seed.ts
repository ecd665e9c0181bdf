import type { SeedStep } from '../../../src/kernel/seed/steps'
import { lifecycleCreateData, performTransition, type LifecycleCreateData } from '../../lifecycle'
import { CEJ_SLUGS } from '../slugs'

const HOUR = 60 * 60 * 1000
const DAY = 24 * HOUR

/** At 09:00 UTC (10:00 or 11:00 in Paris), `days` from today (negative: in the past). */
const at = (days: number, hours = 0) => {
  const date = new Date()
  date.setUTCHours(9, 0, 0, 0)
  return new Date(date.getTime() + days * DAY + hours * HOUR).toISOString()
}

/**
 * Appointments of the Rouen counsellor (Claire Petit) with the young people of the Mission Locale
 * de Rouen: a follow-up tomorrow, a collective information with two young people, a phone call
 * next week, and one held last week, so « Mon agenda » and the young person's agenda show
 * something on first start. Runs twice safely (skipped once the follow-up exists).
 */
export const seedAppointments: SeedStep = async ({ payload, req, ids }) => {
  const structure = ids.get('ml-rouen')
  const counsellor = (await payload.find({ collection: 'users', where: { email: { equals: 'referent-full@tremplin.test' } }, limit: 1, depth: 0, req })).docs[0]
  const people = (await payload.find({ collection: 'accounts', where: { email: { in: ['sarah.michel@exemple.fr', 'kevin.lefevre@exemple.fr', 'julia.bernard@exemple.fr'] } }, limit: 3, depth: 0, req })).docs
  const sarah = people.find((p) => p.email === 'sarah.michel@exemple.fr')
  const kevin = people.find((p) => p.email === 'kevin.lefevre@exemple.fr')
  if (!structure || !counsellor || !sarah) return
  const { totalDocs } = await payload.count({ collection: CEJ_SLUGS.appointments, where: { title: { equals: 'Rendez-vous de suivi' }, createdBy: { equals: counsellor.id } }, req })
  if (totalDocs > 0) return
  const common = { structure, createdBy: counsellor.id, visibleToYoungPeople: true, notifyYoungPeople: true }
  const appointments: LifecycleCreateData<'appointments'>[] = [
    { ...common, type: 'follow-up', title: 'Rendez-vous de suivi', modality: 'on-site', startsAt: at(1), duration: '00:45', address: '2 rue de la République, 76000 Rouen', youngPeople: [sarah.id] },
    {
      ...common,
      type: 'collective-information',
      title: 'Information collective : Garantie jeunes',
      description: 'Présentation du parcours et des engagements.',
      modality: 'outside',
      startsAt: at(2, 4),
      duration: '01:30',
      address: '12 quai de Paris, 76000 Rouen',
      organisation: 'Pôle formation',
      youngPeople: [sarah.id, ...(kevin ? [kevin.id] : [])],
    },
    { ...common, type: 'individual-interview', title: 'Point projet professionnel', modality: 'phone', startsAt: at(8), duration: '00:30', youngPeople: [sarah.id] },
    { ...common, type: 'follow-up', title: 'Premier entretien CEJ', modality: 'on-site', startsAt: at(-6), duration: '01:00', address: '2 rue de la République, 76000 Rouen', notifyYoungPeople: false, youngPeople: [sarah.id] },
  ]
  for (const data of appointments) {
    const doc = await payload.create({ collection: CEJ_SLUGS.appointments, data: lifecycleCreateData<'appointments'>(data), depth: 0, overrideAccess: true, req })
    if (new Date(data.startsAt) < new Date()) {
      await performTransition({ req, collection: CEJ_SLUGS.appointments, id: doc.id, event: { type: 'HOLD' }, skipPermission: true })
    }
  }
  payload.logger.info({ msg: `[seed] CEJ : ${appointments.length} rendez-vous du conseiller de Rouen` })
}
