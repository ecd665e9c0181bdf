import type { SeedStep } from '../../../src/kernel/seed/steps'
import { REFERENCE_SLUGS } from '../slugs'

const CONTEXTS = ['Premier accueil', 'Orientation par France Travail', 'Orientation par un partenaire', 'Orientation France Travail (doublon)']

/**
 * The Mission Locale de Rouen's reference tables: a few contexts (one a duplicate, inactive, as
 * the manual's example of a transfer), Claire Petit as programme prescriber and referent, and
 * Sarah Michel's file in the « Premier accueil » context.
 */
export const seedReferenceTables: SeedStep = async ({ payload, req, ids }) => {
  const structure = ids.get('ml-rouen')
  if (!structure) return
  const existing = await payload.count({ collection: REFERENCE_SLUGS.items, where: { structure: { equals: structure } }, req })
  if (existing.totalDocs > 0) return
  const created: number[] = []
  for (const label of CONTEXTS) {
    const doc = await payload.create({ collection: REFERENCE_SLUGS.items, data: { table: 'contexts', label, structure, active: !label.includes('doublon') }, req })
    created.push(doc.id as number)
  }
  const claire = (await payload.find({ collection: 'users', where: { email: { equals: 'referent-full@tremplin.test' } }, limit: 1, depth: 0, req })).docs[0]
  if (claire) {
    for (const table of ['programme-prescribers', 'programme-referents'] as const) {
      await payload.create({ collection: REFERENCE_SLUGS.items, data: { table, user: claire.id, structure }, req })
    }
  }
  const sarah = (await payload.find({ collection: 'accounts', where: { email: { equals: 'sarah.michel@exemple.fr' } }, limit: 1, depth: 0, req })).docs[0]
  if (sarah) await payload.update({ collection: 'accounts', id: sarah.id, data: { context: created[0] }, req, context: { skipScopeGuard: true } })
  payload.logger.info({ msg: `[seed] tables de référence de la Mission Locale de Rouen : ${CONTEXTS.length} contextes, 2 éléments de dispositif` })
}
