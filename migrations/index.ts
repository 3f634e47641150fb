import * as migration_20261124_232012_initial from './20261124_232012_initial';

export const migrations = [
  {
    up: migration_20261124_232012_initial.up,
    down: migration_20261124_232012_initial.down,
    name: '20261124_232012_initial'
  },
];
