import * as migration_20261122_071637_initial from './20261122_071637_initial';

export const migrations = [
  {
    up: migration_20261122_071637_initial.up,
    down: migration_20261122_071637_initial.down,
    name: '20261122_071637_initial'
  },
];
