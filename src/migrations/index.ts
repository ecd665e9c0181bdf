import * as migration_20261201_001811_initial from './20261201_001811_initial';

export const migrations = [
  {
    up: migration_20261201_001811_initial.up,
    down: migration_20261201_001811_initial.down,
    name: '20261201_001811_initial'
  },
];
