import * as migration_20261201_111927_initial from './20261201_111927_initial';

export const migrations = [
  {
    up: migration_20261201_111927_initial.up,
    down: migration_20261201_111927_initial.down,
    name: '20261201_111927_initial'
  },
];
