import { env } from '../../../src/kernel/config/env'
import type { SeedStep } from '../../../src/kernel/seed/steps'
import type { Account, Action, CejProfile, User } from '../../../src/payload-types'
import { lifecycleCreateData, performTransition } from '../../lifecycle'
import { CEJ_SLUGS } from '../slugs'

const DAY = 24 * 60 * 60 * 1000
const daysFromNow = (days: number) => new Date(Date.now() + days * DAY).toISOString()

/** CEJ counsellors of the Mission Locale de Rouen (the manual's Bruno Dumont, and a colleague). */
export const CEJ_COUNSELLORS: Pick<User, 'email' | 'firstName' | 'lastName' | 'roles'>[] = [
  { email: 'cej-counsellor@tremplin.test', firstName: 'Bruno', lastName: 'Dumont', roles: ['counsellor'] },
  { email: 'cej-colleague@tremplin.test', firstName: 'Charles', lastName: 'Dupont', roles: ['counsellor'] },
]

type Beneficiary = Pick<Account, 'firstName' | 'lastName' | 'birthDate'> & Pick<CejProfile, 'dossierNumber' | 'situation'> & { email: string; counsellor: string; lastLogin?: number }

/** Their portfolios: Sarah Michel (core's seed) and three young people added by dossier number. */
const BENEFICIARIES: Beneficiary[] = [
  { email: 'sarah.michel@exemple.fr', firstName: 'Sarah', lastName: 'Michel', dossierNumber: '4510021', situation: 'schooling', counsellor: 'cej-counsellor@tremplin.test', lastLogin: 0, birthDate: '2003-06-21' },
  { email: 'marie.martin@exemple.fr', firstName: 'Marie', lastName: 'Martin', dossierNumber: '4510022', situation: 'immersion', counsellor: 'cej-counsellor@tremplin.test', lastLogin: -1, birthDate: '2004-02-11' },
  { email: 'malek.malek@exemple.fr', firstName: 'Malek', lastName: 'Malek', dossierNumber: '4510023', situation: 'job-seeker', counsellor: 'cej-counsellor@tremplin.test', birthDate: '2005-07-03' },
  { email: 'tham.tham@exemple.fr', firstName: 'Tham', lastName: 'Tham', dossierNumber: '4510024', situation: 'employment', counsellor: 'cej-colleague@tremplin.test', lastLogin: -3, birthDate: '2003-10-19' },
]

const ACTIONS: ({ email: string } & Pick<Action, 'category' | 'title' | 'status' | 'dueDate'>)[] = [
  { email: 'marie.martin@exemple.fr', category: 'job', title: 'Faire mon CV', status: 'done', dueDate: daysFromNow(-3) },
  { email: 'marie.martin@exemple.fr', category: 'career-plan', title: "S'informer pour une mobilité à l'étranger", status: 'todo', dueDate: daysFromNow(2) },
  { email: 'malek.malek@exemple.fr', category: 'daily-life', title: 'Ouvrir un compte bancaire', status: 'todo', dueDate: daysFromNow(-2) },
  { email: 'tham.tham@exemple.fr', category: 'housing', title: 'Visiter un foyer de jeunes travailleurs', status: 'done', dueDate: daysFromNow(-4) },
]

/**
 * A counsellor at the Mission Locale de Rouen with a portfolio (« Portefeuille »): a young person
 * who logged in today, one yesterday, one never (« Compte non activé »), an action to qualify;
 * a colleague with a beneficiary of their own (read-only for Bruno Dumont on « Bénéficiaires »).
 */
export const seedPortfolio: SeedStep = async ({ payload, req, ids }) => {
  const structure = ids.get('ml-rouen')
  if (!structure) return
  const counsellors = new Map<string, number>()
  for (const data of CEJ_COUNSELLORS) {
    const existing = (await payload.find({ collection: 'users', where: { email: { equals: data.email } }, limit: 1, depth: 0, req })).docs[0]
    const user = existing ?? (await payload.create({ collection: 'users', data: lifecycleCreateData<'users'>({ ...data, password: env.demoPassword, structures: [structure] }), req }))
    counsellors.set(data.email, user.id as number)
  }
  for (const { counsellor, lastLogin, dossierNumber, situation, ...data } of BENEFICIARIES) {
    const existing = (await payload.find({ collection: 'accounts', where: { email: { equals: data.email } }, limit: 1, depth: 0, req })).docs[0]
    // Their CEJ file (`cej-profiles`): with a dossier number, this seed already ran for the person (a resumed seed).
    const file = existing
      ? (await payload.find({ collection: CEJ_SLUGS.cejProfiles, where: { account: { equals: existing.id } }, limit: 1, depth: 0, req })).docs[0]
      : undefined
    if (file?.dossierNumber) continue
    const account = existing ?? (await payload.create({ collection: 'accounts', data: lifecycleCreateData<'accounts'>({ ...data, password: env.demoPassword, structure, origin: 'staff' }), req }))
    if (!existing) await performTransition({ req, collection: 'accounts', id: account.id, event: { type: 'ENABLE' }, skipPermission: true })
    await payload.update({ collection: 'accounts', id: account.id, data: { referents: [counsellors.get(counsellor)!] }, req })
    const profile = { dossierNumber, situation, lastLoginAt: lastLogin === undefined ? null : daysFromNow(lastLogin) }
    if (file) await payload.db.updateOne({ collection: CEJ_SLUGS.cejProfiles, id: file.id, data: profile, req, returning: false })
    else await payload.db.create({ collection: CEJ_SLUGS.cejProfiles, data: { ...profile, account: account.id }, req, returning: false })
  }
  for (const { email, ...action } of ACTIONS) {
    const account = (await payload.find({ collection: 'accounts', where: { email: { equals: email } }, limit: 1, depth: 0, req })).docs[0]
    const existing = await payload.count({ collection: CEJ_SLUGS.actions, where: { title: { equals: action.title } }, req })
    if (!account || existing.totalDocs) continue
    await payload.create({ collection: CEJ_SLUGS.actions, data: { ...action, account: account.id }, req })
  }
  payload.logger.info({ msg: `[seed] CEJ : portefeuille de Bruno Dumont (cej-counsellor@tremplin.test) à la Mission Locale de Rouen, ${BENEFICIARIES.length} bénéficiaires` })
}
