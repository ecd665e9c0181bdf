import type { Payload } from 'payload'

import { env } from '../../../src/kernel/config/env'
import type { SeedStep } from '../../../src/kernel/seed/steps'
import { lifecycleCreateData, performTransition } from '../../lifecycle'
import { ACCOUNTS, STRUCTURES, USERS } from './data'

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

/** The core's demo data, first of every module's: structures (their keys fill `ids`), staff, young people. */
export const seedCore: SeedStep[] = [seedStructures, seedUsers, seedAccounts]
