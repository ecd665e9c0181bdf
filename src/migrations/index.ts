import * as migration_20261130_235502_initial from './20261130_235502_initial';

export const migrations = [
  {
    up: migration_20261130_235502_initial.up,
    down: migration_20261130_235502_initial.down,
    name: '20261130_235502_initial'
  },
];
