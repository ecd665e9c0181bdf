import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Issue 16, data only (it must sort after the programmes' backfill): fills
 * `accounts.follow_up_structure_id` from the open follow-up programmes that existed before the
 * triggers keeping it (plugins/core/followUpStructure, installed at start, after the migrations).
 * The SQL repeats the triggers' rule on purpose: a migration must not change with later code.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
    UPDATE accounts a SET follow_up_structure_id = f.structure_id
      FROM (SELECT DISTINCT ON (p.account_id) p.account_id, p.structure_id
              FROM programmes p
             WHERE p.kind::text = 'follow-up' AND p.status::text <> 'closed'
             ORDER BY p.account_id, p.id DESC) f
     WHERE a.id = f.account_id AND a.follow_up_structure_id IS DISTINCT FROM f.structure_id`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`UPDATE accounts SET follow_up_structure_id = NULL`)
}
