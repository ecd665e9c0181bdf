import * as migration_20261201_044412_initial from './20261201_044412_initial';

export const migrations = [
  {
    up: migration_20261201_044412_initial.up,
    down: migration_20261201_044412_initial.down,
    name: '20261201_044412_initial'
  },
];
