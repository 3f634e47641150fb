import * as migration_20261126_085149_initial from './20261126_085149_initial';

export const migrations = [
  {
    up: migration_20261126_085149_initial.up,
    down: migration_20261126_085149_initial.down,
    name: '20261126_085149_initial'
  },
];
