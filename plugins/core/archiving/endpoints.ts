import { sql } from 'drizzle-orm'
import type { Endpoint, PayloadRequest } from 'payload'

import { asPrincipal, isSuperAdminUser, structuresActedOn, structuresWithDescendants, userOpensSection } from '../../../src/kernel/access'
import { drizzleFor } from '../../../src/kernel/db/requestDb'
import { forbidden, notFound } from '../../../src/kernel/lib/errors'
import { refuseParameters } from '../../../src/kernel/lib/readJsonObject'
import type { ArchivingSettings } from './defaults'
import { fileAdministeredInSql } from '../operations/fileAdministeredInSql'
import { findArchivable } from './rule'
import { runArchiving } from './run'
import { runRetention } from './retention'

type Executor = { execute: (query: unknown) => Promise<{ rows: Record<string, unknown>[] }> }

const requireAdministration = (req: PayloadRequest) => {
  if (!req.user) throw forbidden('Connectez-vous pour accéder à cette page.')
  if (!userOpensSection(asPrincipal(req.user), 'administration')) throw forbidden("Cette action est réservée aux administrateurs d'une Mission Locale.")
}

const requireSuperAdmin = (req: PayloadRequest) => {
  if (!isSuperAdminUser(asPrincipal(req.user))) throw forbidden('Cette action est réservée aux super-administrateurs.')
}

/**
 * GET /api/archiving-runs/dry-run: what the automatic rule would archive now (count and list),
 * within the administrator's structures; changes nothing.
 */
export const dryRunEndpoint = (settings: ArchivingSettings): Endpoint => ({
  path: '/dry-run',
  method: 'get',
  handler: async (req) => {
    requireAdministration(req)
    const structures = await structuresActedOn(req)
    const accounts = []
    let afterId = 0
    for (;;) {
      const chunk = await findArchivable({ req, minAge: settings.minAge, structures, afterId, limit: 1000 })
      if (!chunk.length) break
      accounts.push(...chunk)
      afterId = chunk[chunk.length - 1].id
    }
    return Response.json({
      count: accounts.length,
      rule: {
        minAge: settings.minAge,
        text: "Aucun dispositif initialisé, en cours ou suspendu ; et 31 ans ou plus, ou moins de 31 ans sans aucun dispositif EAV (même clos).",
      },
      accounts,
    })
  },
})

/** POST /api/archiving-runs/run: runs the rule now and answers when it is done (super-administrators; the nightly task starts the same operation in the background). */
export const runNowEndpoint = (settings: ArchivingSettings): Endpoint => ({
  path: '/run',
  method: 'post',
  handler: async (req) => {
    requireSuperAdmin(req)
    await refuseParameters(req)
    return Response.json(await runArchiving({ payload: req.payload, settings, trigger: 'manual', runInline: true }))
  },
})

/** POST /api/retention-runs/run: runs the retention pass now (super-administrators). */
export const retentionNowEndpoint = (settings: ArchivingSettings): Endpoint => ({
  path: '/run',
  method: 'post',
  handler: async (req) => {
    requireSuperAdmin(req)
    await refuseParameters(req)
    return Response.json(await runRetention({ payload: req.payload, settings, trigger: 'manual' }))
  },
})

/** `;`-separated cell, quoted when needed, never read as a formula by a spreadsheet. */
const cell = (value: unknown) => {
  let text = value == null ? '' : String(value)
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/**
 * GET /api/archiving-runs/backup/{structure}: « Sauvegarde avant archivage », the name ↔ id
 * correspondence of every record the Mission Locale follows (itself and its antennes), as CSV.
 * Its administrators only (and super-administrators): 404 no such Mission Locale, 403 anyone else.
 */
export const backupEndpoint: Endpoint = {
  path: '/backup/:structure',
  method: 'get',
  handler: async (req) => {
    requireAdministration(req)
    const id = Number(req.routeParams?.structure)
    const structure = Number.isInteger(id) && id > 0 ? await req.payload.findByID({ collection: 'structures', id, depth: 0, overrideAccess: true, disableErrors: true, req }) : null
    if (!structure || structure.type !== 'mission-locale') throw notFound('Mission Locale introuvable.')
    const scope = await structuresActedOn(req)
    if (scope !== 'everywhere' && !scope.includes(structure.id)) throw forbidden("Vous n'administrez pas cette Mission Locale.")
    const structures = await structuresWithDescendants({ req, ids: [structure.id] })
    const db = await drizzleFor<Executor>(req)
    const lines = [['Identifiant du dossier', 'Nom', 'Prénom', 'Statut', 'Créé le'].map(cell).join(';')]
    let afterId = 0
    for (;;) {
      const { rows } = await db.execute(sql`
        SELECT id, last_name, first_name, status::text AS status, created_at FROM accounts
         WHERE ${fileAdministeredInSql(sql`accounts.id`, structures)} AND id > ${afterId}
         ORDER BY id LIMIT 2000`)
      if (!rows.length) break
      for (const row of rows) {
        lines.push([row.id, row.last_name, row.first_name, row.status, new Date(String(row.created_at)).toISOString().slice(0, 10)].map(cell).join(';'))
      }
      afterId = Number(rows[rows.length - 1].id)
    }
    const day = new Date().toISOString().slice(0, 10)
    return new Response(`\uFEFF${lines.join('\r\n')}\r\n`, {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="sauvegarde-avant-archivage-${structure.id}-${day}.csv"`,
        'cache-control': 'no-store',
      },
    })
  },
}
