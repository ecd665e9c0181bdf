import type { Payload } from 'payload'

import { env } from '../../../src/kernel/config/env'
import type { SeedStep } from '../../../src/kernel/seed/steps'
import { lifecycleCreateData, performTransition } from '../../lifecycle'
import { FOLLOW_UP_KIND } from '../collections/programmes'
import { ACCOUNTS, PATH_EXAMPLE, STRUCTURES, USERS } from './data'

const log = (payload: Payload, msg: string) => payload.logger.info({ msg: `[seed] ${msg}` })

const seedStructures: SeedStep = async ({ payload, req, ids }) => {
  for (const { key, parent, ...data } of STRUCTURES) {
    const existing = await payload.find({ collection: 'structures', where: { name: { equals: data.name } }, limit: 1, depth: 0, req })
    const doc =
      existing.docs[0] ??
      (await payload.create({ collection: 'structures', data: { ...data, parent: parent ? ids.get(parent) : undefined }, req }))
    ids.set(key, doc.id as number)
  }
  log(payload, `${STRUCTURES.length} structures`)
}

const seedUsers: SeedStep = async ({ payload, req, ids }) => {
  for (const { structures, ...data } of USERS) {
    const existing = await payload.find({ collection: 'users', where: { email: { equals: data.email } }, limit: 1, depth: 0, req })
    if (existing.docs[0]) continue
    await payload.create({
      collection: 'users',
      data: lifecycleCreateData<'users'>({ ...data, password: env.demoPassword, structures: structures.map((key) => ids.get(key)!) }),
      req,
    })
  }
  log(payload, `${USERS.length} utilisateurs (mot de passe : ${env.demoPassword})`)
}

const seedAccounts: SeedStep = async ({ payload, req, ids }) => {
  for (const { structure, events, transferTo, ...data } of ACCOUNTS) {
    const existing = await payload.find({ collection: 'accounts', where: { email: { equals: data.email } }, limit: 1, depth: 0, req })
    if (existing.docs[0]) continue
    // Created as pre-registrations (pending), then moved through the lifecycle like staff would.
    const account = await payload.create({
      collection: 'accounts',
      data: lifecycleCreateData<'accounts'>({ ...data, password: env.demoPassword, structure: ids.get(structure) }),
      req,
    })
    for (const type of events) {
      const event = type === 'TRANSFER' ? { type, structure: ids.get(transferTo!), message: 'Le jeune a déménagé.' } : { type }
      await performTransition({ req, collection: 'accounts', id: account.id, event, skipPermission: true })
    }
  }
  log(payload, `${ACCOUNTS.length} comptes de jeunes`)
}

/**
 * Issue 18: one young person followed by a Mission Locale (CEJ), an establishment (Atouts) and a
 * DABM (bilan), who consents to sharing: the path (« Parcours ») shows all three on first start.
 */
const seedPathExample: SeedStep = async ({ payload, req, ids }) => {
  const { account: data, programmes } = PATH_EXAMPLE
  const existing = await payload.find({ collection: 'accounts', where: { email: { equals: data.email } }, limit: 1, depth: 0, req })
  if (existing.docs[0]) return
  const account = await payload.create({ collection: 'accounts', data: lifecycleCreateData<'accounts'>({ ...data, password: env.demoPassword, structure: ids.get(data.structure)! }), req })
  await performTransition({ req, collection: 'accounts', id: account.id, event: { type: 'ENABLE' }, skipPermission: true })
  // Its follow-up opened with the account (followUpAtStructure): dated like the first programme.
  await payload.update({ collection: 'programmes', where: { account: { equals: account.id }, kind: { equals: FOLLOW_UP_KIND } }, data: { startDate: programmes[0].startDate }, depth: 0, req })
  for (const { structure, ...programme } of programmes) {
    await payload.create({ collection: 'programmes', data: { ...programme, account: account.id, structure: ids.get(structure) }, depth: 0, req })
  }
  await payload.update({ collection: 'accounts', id: account.id, data: { sharesWithFollowers: true }, depth: 0, req })
  await payload.create({ collection: 'sharing-consents', data: { account: account.id as number, given: true }, depth: 0, req })
  log(payload, `parcours de ${data.firstName} ${data.lastName} : ${programmes.length + 1} dispositifs dans ${new Set(programmes.map((p) => p.structure)).size} structures`)
}

/** The core's demo data, first of every module's: structures (their keys fill `ids`), staff, young people. */
export const seedCore: SeedStep[] = [seedStructures, seedUsers, seedAccounts, seedPathExample]
