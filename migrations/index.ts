import * as migration_20261126_084109_initial from './20261126_084109_initial';

export const migrations = [
  {
    up: migration_20261126_084109_initial.up,
    down: migration_20261126_084109_initial.down,
    name: '20261126_084109_initial'
  },
];
