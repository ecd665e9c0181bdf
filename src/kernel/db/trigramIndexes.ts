import type { postgresAdapter } from '@payloadcms/db-postgres'
import { index } from 'drizzle-orm/pg-core'

type SchemaHook = NonNullable<Parameters<typeof postgresAdapter>[0]['afterSchemaInit']>[number]

/**
 * Put on a text field (`custom: TRIGRAM_SEARCH`) that people search by part of a word. Payload's
 * `like` and `contains` become `ILIKE '%…%'`, which a B-tree index cannot serve: PostgreSQL then
 * reads the whole table. A GIN trigram index (extension `pg_trgm`) serves it.
 */
export const TRIGRAM_SEARCH = { trigramSearch: true } as const

const snakeCase = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/[-\s]+/g, '_').toLowerCase()

/** Adapter hook: one GIN trigram index per flagged top-level text field, in push and migrations alike. */
export const addTrigramIndexes: SchemaHook = ({ adapter, schema, extendTable }) => {
  for (const collection of adapter.payload.config.collections) {
    const fields = collection.flattenedFields.filter((field) => field.type === 'text' && field.custom?.trigramSearch === true)
    if (!fields.length) continue
    const tableName = adapter.tableNameMap.get(snakeCase(collection.slug)) ?? snakeCase(collection.slug)
    const table = schema.tables[tableName]
    if (!table) throw new Error(`Index trigramme : table « ${tableName} » introuvable`)
    extendTable({
      table,
      extraConfig: (columns) =>
        Object.fromEntries(
          fields.map((field) => {
            const column = columns[field.name]
            if (!column) throw new Error(`Index trigramme : colonne « ${tableName}.${field.name} » introuvable`)
            return [`${field.name}TrigramIdx`, index(`${tableName}_${snakeCase(field.name)}_trgm_idx`).using('gin', column.op('gin_trgm_ops'))]
          }),
        ),
    })
  }
  return schema
}
