import * as migration_20261201_110944_initial from './20261201_110944_initial';

export const migrations = [
  {
    up: migration_20261201_110944_initial.up,
    down: migration_20261201_110944_initial.down,
    name: '20261201_110944_initial'
  },
];
