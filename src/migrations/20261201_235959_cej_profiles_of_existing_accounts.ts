import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/** The CEJ fields `accounts` held before issue #16 (lean accounts), and their columns there. */
const COLUMNS = ['dossier_number', 'situation', 'cej_end_date', 'last_login_at'] as const

type Db = MigrateUpArgs['db']

const rowsOf = async <T>(db: Db, query: ReturnType<typeof sql>) => ((await db.execute(query)) as unknown as { rows: T[] }).rows

const tableExists = async (db: Db, table: string) =>
  (await rowsOf(db, sql`SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = ${table}`)).length > 0

/**
 * Issue #16, data only (it must sort after the initial schema migration): the CEJ beneficiary's
 * fields leave `accounts` for the CEJ module's own `cej-profiles`, one per account. On a database
 * made before the move, each account holding any of them gets its CEJ file with their values (an
 * account that already has a file keeps what the file says, and gains what it lacked), then the
 * columns leave `accounts`. On a database made after it (no such column), or one without the CEJ
 * module (no `cej_profiles` table: the columns stay, nothing is lost), it does nothing; run again,
 * it finds nothing to move (test/int/cej-profiles-migration.test.ts).
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  if (!(await tableExists(db, 'cej_profiles'))) return
  const present = new Set(
    (
      await rowsOf<{ column_name: string }>(
        db,
        sql`SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'accounts' AND column_name IN (${sql.join(COLUMNS.map((column) => sql`${column}`), sql`, `)})`,
      )
    ).map((row) => row.column_name),
  )
  if (present.size === 0) return
  const value = (column: (typeof COLUMNS)[number], cast = '') => (present.has(column) ? sql.raw(`a.${column}${cast}`) : sql.raw('NULL'))
  await db.execute(sql`
    INSERT INTO cej_profiles (account_id, dossier_number, situation, cej_end_date, last_login_at, created_at, updated_at)
    SELECT a.id, ${value('dossier_number')}, ${value('situation', '::text')}::enum_cej_profiles_situation, ${value('cej_end_date')}, ${value('last_login_at')}, now(), now()
      FROM accounts a
     WHERE ${sql.join(
       COLUMNS.filter((column) => present.has(column)).map((column) => sql.raw(`a.${column} IS NOT NULL`)),
       sql` OR `,
     )}
    ON CONFLICT (account_id) DO UPDATE SET
      dossier_number = COALESCE(cej_profiles.dossier_number, excluded.dossier_number),
      situation = COALESCE(cej_profiles.situation, excluded.situation),
      cej_end_date = COALESCE(cej_profiles.cej_end_date, excluded.cej_end_date),
      last_login_at = GREATEST(cej_profiles.last_login_at, excluded.last_login_at),
      updated_at = now()`)
  for (const column of present) await db.execute(sql.raw(`ALTER TABLE accounts DROP COLUMN IF EXISTS ${column}`))
  await db.execute(sql`DROP TYPE IF EXISTS enum_accounts_situation`)
}

/** Back to the columns on `accounts` (the situation as text), with the files' values; the files stay. */
export async function down({ db }: MigrateDownArgs): Promise<void> {
  if (!(await tableExists(db, 'cej_profiles'))) return
  await db.execute(sql`
    ALTER TABLE accounts
      ADD COLUMN IF NOT EXISTS dossier_number varchar,
      ADD COLUMN IF NOT EXISTS situation varchar,
      ADD COLUMN IF NOT EXISTS cej_end_date timestamp(3) with time zone,
      ADD COLUMN IF NOT EXISTS last_login_at timestamp(3) with time zone`)
  await db.execute(sql`
    UPDATE accounts a
       SET dossier_number = p.dossier_number, situation = p.situation::text, cej_end_date = p.cej_end_date, last_login_at = p.last_login_at
      FROM cej_profiles p
     WHERE p.account_id = a.id`)
}
