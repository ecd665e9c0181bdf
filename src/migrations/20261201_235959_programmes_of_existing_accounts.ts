import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Issue 18, data only (it must sort after the initial schema migration): every account that
 * existed before programmes gets one, its follow-up by its structure of first contact, from
 * the day it was created. Who sees whom does not change: the first-contact structure followed
 * the account through `accounts.structure`, and now follows it through this programme, the only
 * rule (test/int/programmes-migration.test.ts). An archived or erased account's follow-up is
 * open too: its structure keeps the record under its number, as archiving does today.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
    INSERT INTO programmes (account_id, kind, status, start_date, structure_id, created_at, updated_at)
    SELECT a.id, 'follow-up', 'in-progress'::enum_programmes_status, a.created_at, a.structure_id, now(), now()
      FROM accounts a
     WHERE a.structure_id IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM programmes p WHERE p.account_id = a.id AND p.kind::text = 'follow-up')`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DELETE FROM programmes WHERE kind::text = 'follow-up'`)
}
