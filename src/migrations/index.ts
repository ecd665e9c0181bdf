import * as migration_20261201_105658_initial from './20261201_105658_initial';

export const migrations = [
  {
    up: migration_20261201_105658_initial.up,
    down: migration_20261201_105658_initial.down,
    name: '20261201_105658_initial'
  },
];
