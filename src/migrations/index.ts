import * as migration_20261201_135509_initial from './20261201_135509_initial';

export const migrations = [
  {
    up: migration_20261201_135509_initial.up,
    down: migration_20261201_135509_initial.down,
    name: '20261201_135509_initial'
  },
];
