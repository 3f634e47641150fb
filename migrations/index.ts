import * as migration_20261124_223513_initial from './20261124_223513_initial';

export const migrations = [
  {
    up: migration_20261124_223513_initial.up,
    down: migration_20261124_223513_initial.down,
    name: '20261124_223513_initial'
  },
];
