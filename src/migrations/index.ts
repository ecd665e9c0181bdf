import * as migration_20261122_065607_initial from './20261122_065607_initial';

export const migrations = [
  {
    up: migration_20261122_065607_initial.up,
    down: migration_20261122_065607_initial.down,
    name: '20261122_065607_initial'
  },
];
