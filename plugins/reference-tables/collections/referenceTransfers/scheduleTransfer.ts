import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { asPrincipal, isStaffUser, requireAccess } from '../../../../src/kernel/access'
import { conflict, invalidField } from '../../../../src/kernel/lib/errors'
import { loadDoc } from '../../../../src/kernel/lib/loadDoc'
import { relationId } from '../../../../src/kernel/lib/relationId'
import { administerReferenceTables } from '../../access'
import { nextRunAt } from '../../operations/nextRunAt'
import { PERSON_TABLES, REFERENCE_SLUGS, REFERENCE_TABLES, isReferenceTable } from '../../slugs'

const fail = (req: PayloadRequest, path: string, message: string) => invalidField({ req, collection: REFERENCE_SLUGS.transfers, path, message })

/** An item of the caller's Mission Locales, or a 400 naming the field (another structure's item is not revealed). */
const itemOfCaller = async (req: PayloadRequest, path: 'source' | 'destination', value: unknown) => {
  const id = relationId(value)
  if (id === null) throw fail(req, path, path === 'source' ? "Choisissez l'élément source (celui à transférer)." : "Choisissez l'élément destination (celui qui restera).")
  const item = await loadDoc({ req, collection: REFERENCE_SLUGS.items, id })
  const isOurs =
    item !== null &&
    (await requireAccess({ access: administerReferenceTables, req, on: { collection: REFERENCE_SLUGS.items, doc: item } }).then(
      () => true,
      () => false,
    ))
  if (!item || !isOurs) throw fail(req, path, "Cet élément n'existe pas ou n'appartient pas aux tables de vos Missions Locales.")
  return item
}

/**
 * « Activer le mode transfert » : a transfer is created only between two items of the same table
 * of one of the caller's Missions Locales, the destination active and different from the source,
 * neither already waiting in another transfer; it is scheduled for the next 04:00 (Europe/Paris).
 * Later writes (the clock's progress, the lifecycle) pass untouched.
 */
export const scheduleTransfer: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  if (!isReferenceTable(data.table)) throw fail(req, 'table', `Choisissez une table : ${Object.values(REFERENCE_TABLES).map((t) => t.fr).join(', ')}.`)
  const source = await itemOfCaller(req, 'source', data.source)
  const destination = await itemOfCaller(req, 'destination', data.destination)
  const tableName = REFERENCE_TABLES[data.table].fr
  if (source.table !== data.table) throw fail(req, 'source', `L'élément source n'appartient pas à la table « ${tableName} ».`)
  if (destination.table !== data.table) throw fail(req, 'destination', `L'élément destination n'appartient pas à la table « ${tableName} ».`)
  if (source.id === destination.id) throw fail(req, 'destination', "L'élément destination doit être différent de l'élément source.")
  if (relationId(source.structure) !== relationId(destination.structure)) {
    throw fail(req, 'destination', "L'élément destination doit appartenir à la même Mission Locale que l'élément source.")
  }
  if (!destination.active) throw fail(req, 'destination', "L'élément destination est désactivé : choisissez un élément actif (celui qui restera).")
  const { docs: waiting } = await req.payload.find({
    collection: REFERENCE_SLUGS.transfers,
    where: { and: [{ status: { equals: 'scheduled' } }, { source: { in: [source.id, destination.id] } }] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  if (waiting.length > 0) {
    throw conflict("Un transfert est déjà programmé pour l'un de ces éléments : annulez-le ou attendez qu'il soit réalisé (« Suivre le transfert de références »).")
  }
  const user = asPrincipal(req.user)
  return {
    ...data,
    source: source.id,
    destination: destination.id,
    structure: relationId(source.structure),
    // Person tables' labels are the user's name, read at each read: never copied here.
    sourceLabel: PERSON_TABLES.includes(data.table) ? null : (source.label ?? null),
    scheduledFor: nextRunAt(new Date()).toISOString(),
    requestedBy: isStaffUser(user) ? user.id : null,
    moved: 0,
    failed: 0,
    errors: null,
  }
}
