import * as migration_20261126_091721_initial from './20261126_091721_initial';

export const migrations = [
  {
    up: migration_20261126_091721_initial.up,
    down: migration_20261126_091721_initial.down,
    name: '20261126_091721_initial'
  },
];
