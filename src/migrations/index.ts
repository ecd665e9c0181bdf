import * as migration_20261201_202111_initial from './20261201_202111_initial';
import * as migration_20261201_235959_cej_profiles_of_existing_accounts from './20261201_235959_cej_profiles_of_existing_accounts';
import * as migration_20261201_235959_programmes_of_existing_accounts from './20261201_235959_programmes_of_existing_accounts';
import * as migration_20261202_000000_follow_up_structure_of_accounts from './20261202_000000_follow_up_structure_of_accounts';

export const migrations = [
  {
    up: migration_20261201_202111_initial.up,
    down: migration_20261201_202111_initial.down,
    name: '20261201_202111_initial'
  },
  {
    up: migration_20261201_235959_cej_profiles_of_existing_accounts.up,
    down: migration_20261201_235959_cej_profiles_of_existing_accounts.down,
    name: '20261201_235959_cej_profiles_of_existing_accounts'
  },
  {
    up: migration_20261201_235959_programmes_of_existing_accounts.up,
    down: migration_20261201_235959_programmes_of_existing_accounts.down,
    name: '20261201_235959_programmes_of_existing_accounts'
  },
  {
    up: migration_20261202_000000_follow_up_structure_of_accounts.up,
    down: migration_20261202_000000_follow_up_structure_of_accounts.down,
    name: '20261202_000000_follow_up_structure_of_accounts'
  },
];
