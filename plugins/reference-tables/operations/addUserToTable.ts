import type { PayloadRequest } from 'payload'

import { allOf, inUserStructures, opensSection, requireAccess, structuresActedOn } from '../../../src/kernel/access'
import { invalidField, notFound } from '../../../src/kernel/lib/errors'
import { findDocs, loadDoc } from '../../../src/kernel/lib/loadDoc'
import { relationId } from '../../../src/kernel/lib/relationId'
import { SLUGS } from '../../../collections/slugs'
import { isReferenceTable, PERSON_TABLES, REFERENCE_SLUGS, REFERENCE_TABLES } from '../slugs'

/** An administrator of one of the user's structures (super-admins everywhere). */
const administersUser = allOf(opensSection('administration'), inUserStructures('structures'))

/** The Mission Locale of a structure: itself, or the Mission Locale an antenne belongs to. */
const missionLocaleOf = async (req: PayloadRequest, id: number) => {
  const structure = await loadDoc({ req, collection: SLUGS.structures, id })
  if (structure?.type === 'mission-locale') return structure.id
  if (structure?.type === 'antenne') {
    const parent = relationId(structure.parent)
    const above = parent === null ? null : await loadDoc({ req, collection: SLUGS.structures, id: parent })
    return above?.type === 'mission-locale' ? above.id : null
  }
  return null
}

/**
 * Seed 003: « Un nouvel utilisateur qui doit être aussi référent ou prescripteur de dispositif
 * doit être mentionné […] dans la table de référence » — in one click from the user's page. The
 * item points at the user (the name is read from them, never copied) in the table of their
 * Mission Locale that the caller administers. Already there: the existing item is returned.
 */
export const addUserToTable = async ({ req, userId, table, structure }: { req: PayloadRequest; userId: string; table: unknown; structure?: unknown }) => {
  const user = await loadDoc({ req, collection: SLUGS.users, id: userId, asCaller: true })
  if (!user) throw notFound('Utilisateur introuvable.')
  await requireAccess({
    access: administersUser,
    req,
    on: { collection: SLUGS.users, doc: user },
    message: "Seuls les administrateurs de sa structure ajoutent cet utilisateur aux tables de référence.",
  })
  if (!isReferenceTable(table) || !PERSON_TABLES.includes(table)) {
    throw invalidField({ req, path: 'table', message: `Choisissez « programme-prescribers » (${REFERENCE_TABLES['programme-prescribers'].fr}) ou « programme-referents » (${REFERENCE_TABLES['programme-referents'].fr}).` })
  }
  const scope = await structuresActedOn(req)
  const candidates: number[] = []
  for (const id of ((user.structures ?? []) as unknown[]).map(relationId)) {
    const missionLocale = id === null ? null : await missionLocaleOf(req, id)
    if (missionLocale !== null && (scope === 'everywhere' || scope.includes(missionLocale)) && !candidates.includes(missionLocale)) candidates.push(missionLocale)
  }
  const wanted = structure === undefined ? candidates[0] : relationId(structure)
  if (wanted === undefined || wanted === null || !candidates.includes(wanted)) {
    throw invalidField({
      req,
      path: 'structure',
      message: candidates.length ? "Choisissez l'une des Missions Locales de l'utilisateur que vous administrez." : "L'utilisateur n'est rattaché à aucune Mission Locale que vous administrez.",
    })
  }
  const [existing] = await findDocs({ req, collection: REFERENCE_SLUGS.items, where: { and: [{ table: { equals: table } }, { user: { equals: user.id } }, { structure: { equals: wanted } }] }, limit: 1 })
  const tableName = REFERENCE_TABLES[table].fr
  if (existing) {
    const doc = await loadDoc({ req, collection: REFERENCE_SLUGS.items, id: existing.id })
    return { created: false, doc, message: `Déjà présent dans la table « ${tableName} ».` }
  }
  const doc = await req.payload.create({
    collection: REFERENCE_SLUGS.items,
    data: { table, user: user.id, structure: wanted, active: true },
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
  })
  return { created: true, doc, message: `Ajouté à la table « ${tableName} ».` }
}
