import * as migration_20261201_001626_initial from './20261201_001626_initial';

export const migrations = [
  {
    up: migration_20261201_001626_initial.up,
    down: migration_20261201_001626_initial.down,
    name: '20261201_001626_initial'
  },
];
