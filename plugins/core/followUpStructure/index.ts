import type { Field } from 'payload'
import type { Pool } from 'pg'

import { CLOSED_PROGRAMME_STATUS, FOLLOW_UP_PROGRAMME_KIND } from '../../../src/kernel/access'
import { installMissingTriggers, type TriggerStatement } from '../../../src/kernel/db/triggers'
import { SLUGS } from '../../../collections/slugs'

/**
 * The structure running the account's open follow-up programme, as a column of `accounts`
 * (issue 16). Issue 18 made programmes the only rule of who follows whom; the rule as a
 * `programmes` join costs every staff list a `SELECT DISTINCT … LEFT JOIN` and a grouped count
 * over every followed account. This column is that same fact, kept by PostgreSQL from the
 * programmes: nobody writes it (Payload's writes of an account are overwritten by the trigger),
 * every write to `programmes` (Payload, raw SQL, a migration) recomputes it in the same
 * transaction, so a list filters and counts on one indexed column of `accounts`.
 */
export const followUpStructureField: Field = {
  name: 'followUpStructure',
  type: 'relationship',
  relationTo: SLUGS.structures,
  label: { fr: 'Structure du suivi ouvert', en: 'Open follow-up at' },
  access: { create: () => false, update: () => false },
  admin: { hidden: true, readOnly: true },
}

/** The value of the column for the account `account` (an SQL expression naming its id). */
const followUpStructureOf = (account: string) =>
  `(SELECT p.structure_id FROM programmes p
     WHERE p.account_id = ${account} AND p.kind::text = '${FOLLOW_UP_PROGRAMME_KIND}' AND p.status::text <> '${CLOSED_PROGRAMME_STATUS}'
     ORDER BY p.id DESC LIMIT 1)`

const FUNCTIONS = [
  // Any write of an account row (Payload writes every column) keeps the value the programmes give.
  `CREATE OR REPLACE FUNCTION tremplin_follow_up_structure_kept() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.follow_up_structure_id := ${followUpStructureOf('NEW.id')};
  RETURN NEW;
END $$`,
  // Statement-level: one UPDATE for every account a statement on programmes touched (a bulk
  // transfer, an archiving run), only where the value changes.
  `CREATE OR REPLACE FUNCTION tremplin_follow_up_structure_of_programmes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    UPDATE accounts a SET follow_up_structure_id = ${followUpStructureOf('a.id')}
     WHERE a.id IN (SELECT account_id FROM changed UNION SELECT account_id FROM previous)
       AND a.follow_up_structure_id IS DISTINCT FROM ${followUpStructureOf('a.id')};
  ELSE
    UPDATE accounts a SET follow_up_structure_id = ${followUpStructureOf('a.id')}
     WHERE a.id IN (SELECT account_id FROM changed)
       AND a.follow_up_structure_id IS DISTINCT FROM ${followUpStructureOf('a.id')};
  END IF;
  RETURN NULL;
END $$`,
]

const TRIGGERS: TriggerStatement[] = [
  {
    name: 'tremplin_follow_up_structure_kept_v1',
    table: 'accounts',
    sql: `CREATE OR REPLACE TRIGGER tremplin_follow_up_structure_kept_v1 BEFORE INSERT OR UPDATE ON accounts FOR EACH ROW EXECUTE FUNCTION tremplin_follow_up_structure_kept()`,
  },
  {
    name: 'tremplin_follow_up_structure_insert_v1',
    table: 'programmes',
    sql: `CREATE OR REPLACE TRIGGER tremplin_follow_up_structure_insert_v1 AFTER INSERT ON programmes REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION tremplin_follow_up_structure_of_programmes()`,
  },
  {
    name: 'tremplin_follow_up_structure_update_v1',
    table: 'programmes',
    sql: `CREATE OR REPLACE TRIGGER tremplin_follow_up_structure_update_v1 AFTER UPDATE ON programmes REFERENCING NEW TABLE AS changed OLD TABLE AS previous FOR EACH STATEMENT EXECUTE FUNCTION tremplin_follow_up_structure_of_programmes()`,
  },
  {
    name: 'tremplin_follow_up_structure_delete_v1',
    table: 'programmes',
    sql: `CREATE OR REPLACE TRIGGER tremplin_follow_up_structure_delete_v1 AFTER DELETE ON programmes REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION tremplin_follow_up_structure_of_programmes()`,
  },
]

/** Installs the triggers keeping `accounts.follow_up_structure_id` (at start, once per database). */
export const installFollowUpStructureTriggers = (pool: Pool) =>
  installMissingTriggers({ pool, lock: 'follow-up-structure-triggers', functions: FUNCTIONS, triggers: TRIGGERS })
