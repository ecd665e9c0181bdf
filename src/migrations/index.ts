import * as migration_20261201_135747_initial from './20261201_135747_initial';

export const migrations = [
  {
    up: migration_20261201_135747_initial.up,
    down: migration_20261201_135747_initial.down,
    name: '20261201_135747_initial'
  },
];
