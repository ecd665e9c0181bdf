import PDFDocument from 'pdfkit'
import { createLocalReq, type CollectionSlug, type Where } from 'payload'

import { lifecycleCreateData, performTransition } from '../../lifecycle'
import { env } from '../../../src/kernel/config/env'
import type { SeedStep } from '../../../src/kernel/seed/steps'
import { INITIAL_CANDIDATE_PROFILE } from '../accounts/createCandidateProfile'
import { PLACEMENT_CANDIDATES, PLACEMENT_CANDIDATURES, PLACEMENT_OFFERS, PLACEMENT_PARRAINAGES, PLACEMENT_USERS } from './data'

/** A one-page PDF, enough for a demo CV or letter. */
const tinyPdf = (text: string): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4' })
    const chunks: Buffer[] = []
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
    doc.fontSize(18).text(text)
    doc.end()
  })

const findOne = async <TSlug extends CollectionSlug>(payload: Parameters<SeedStep>[0]['payload'], collection: TSlug, where: Where) => {
  const { docs } = await payload.find({ collection, where, limit: 1, depth: 0, overrideAccess: true })
  return docs[0]
}

/**
 * Demo candidates already have the demo password: their "choose your password" e-mail is marked
 * done on the ENABLE transition, so the effects queue never sends (nor retries) it.
 */
const skipPasswordEmail = async ({ payload, req, accountId }: { payload: Parameters<SeedStep>[0]['payload']; req: Parameters<SeedStep>[0]['req']; accountId: number }) => {
  const { docs } = await payload.find({
    collection: 'transitions',
    where: { and: [{ collection: { equals: 'accounts' } }, { document: { equals: String(accountId) } }, { event: { equals: 'ENABLE' } }] },
    depth: 0,
    limit: 5,
    overrideAccess: true,
    req,
  })
  for (const row of docs) {
    await payload.update({ collection: 'transitions', id: row.id, data: { completedEffects: ['notifyAccountEnabled'] }, overrideAccess: true, req })
  }
}

/** Idempotent demo data of Atouts pour tous: companies' offers, candidates with documents, candidatures and parrainages in several states. */
export const seedPlacement: SeedStep = async ({ payload, req, ids }) => {
  for (const { structure, ...data } of PLACEMENT_USERS) {
    if (await findOne(payload, 'users', { email: { equals: data.email } })) continue
    await payload.create({ collection: 'users', data: lifecycleCreateData<'users'>({ ...data, password: env.demoPassword, structures: [ids.get(structure)!] }), req })
  }

  const offers = new Map<string, number>()
  for (const { key, employer, ...data } of PLACEMENT_OFFERS) {
    const existing = await findOne(payload, 'offers', { reference: { equals: data.reference } })
    const offer = existing ?? (await payload.create({ collection: 'offers', data: { publication: 'published', ...data, structure: ids.get(employer)! }, req }))
    offers.set(key, offer.id as number)
  }

  const candidates = new Map<string, { id: number; cv: number; coverLetter: number }>()
  for (const { key, referent, data, structure } of PLACEMENT_CANDIDATES) {
    let account = await findOne(payload, 'accounts', { email: { equals: data.email } })
    if (!account) {
      // Created by their referent, as the manual does it ("Je suis son référent établissement").
      const staff = await findOne(payload, 'users', { email: { equals: referent } })
      const staffReq = await createLocalReq({ user: staff && { ...staff, collection: 'users' }, context: { seeding: true } }, payload)
      // The candidate file is the module's own collection, created with the account (../accounts/createCandidateProfile.ts).
      const { candidateProfile, ...accountData } = data
      staffReq.context[INITIAL_CANDIDATE_PROFILE] = candidateProfile
      const created = await payload.create({
        collection: 'accounts',
        data: lifecycleCreateData<'accounts'>({ ...accountData, password: env.demoPassword, structure: ids.get(structure), iAmReferent: true }),
        req: staffReq,
        overrideAccess: true,
      })
      await skipPasswordEmail({ payload, req, accountId: created.id as number })
      account = created
    }
    const documents: Record<string, number> = {}
    for (const [type, title] of [
      ['cv', `CV ${data.firstName} ${data.lastName}`],
      ['cover-letter', `Lettre de motivation ${data.firstName} ${data.lastName}`],
    ] as const) {
      const existing = await findOne(payload, 'documents', { and: [{ account: { equals: account!.id } }, { type: { equals: type } }] })
      const pdf = existing ? null : await tinyPdf(title)
      const document =
        existing ??
        (await payload.create({
          collection: 'documents',
          data: { title, type, account: account!.id },
          file: { data: pdf!, mimetype: 'application/pdf', name: `${type}-${key}.pdf`, size: pdf!.length },
          req,
        }))
      documents[type] = document.id as number
    }
    candidates.set(key, { id: account!.id, cv: documents.cv, coverLetter: documents['cover-letter'] })
  }

  for (const { candidate, offer, employer, message, events } of PLACEMENT_CANDIDATURES) {
    const owner = candidates.get(candidate)!
    if (await findOne(payload, 'candidatures', { and: [{ candidate: { equals: owner.id } }, { message: { equals: message } }] })) continue
    const doc = await payload.create({
      collection: 'candidatures',
      data: lifecycleCreateData<'candidatures'>({ candidate: owner.id, offer: offer ? offers.get(offer) : undefined, employer: employer ? ids.get(employer) : undefined, message, cv: owner.cv, coverLetter: owner.coverLetter }),
      req,
    })
    for (const event of events) await performTransition({ req, collection: 'candidatures', id: doc.id, event, skipPermission: true })
  }

  for (const { candidate, employer, message, events } of PLACEMENT_PARRAINAGES) {
    const owner = candidates.get(candidate)!
    if (await findOne(payload, 'parrainages', { and: [{ candidate: { equals: owner.id } }, { message: { equals: message } }] })) continue
    const doc = await payload.create({ collection: 'parrainages', data: lifecycleCreateData<'parrainages'>({ candidate: owner.id, employer: ids.get(employer)!, message }), req })
    for (const type of events) await performTransition({ req, collection: 'parrainages', id: doc.id, event: { type }, skipPermission: true })
  }
  payload.logger.info({ msg: `[seed] placement : ${PLACEMENT_OFFERS.length} offres, ${PLACEMENT_CANDIDATES.length} candidats, ${PLACEMENT_CANDIDATURES.length} candidatures` })
}
