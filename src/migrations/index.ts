import * as migration_20261201_165733_initial from './20261201_165733_initial';
import * as migration_20261201_235959_programmes_of_existing_accounts from './20261201_235959_programmes_of_existing_accounts';

export const migrations = [
  {
    up: migration_20261201_165733_initial.up,
    down: migration_20261201_165733_initial.down,
    name: '20261201_165733_initial'
  },
  {
    up: migration_20261201_235959_programmes_of_existing_accounts.up,
    down: migration_20261201_235959_programmes_of_existing_accounts.down,
    name: '20261201_235959_programmes_of_existing_accounts'
  },
];
