import * as migration_20261201_121548_initial from './20261201_121548_initial';

export const migrations = [
  {
    up: migration_20261201_121548_initial.up,
    down: migration_20261201_121548_initial.down,
    name: '20261201_121548_initial'
  },
];
