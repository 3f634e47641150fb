import * as migration_20261124_222652_initial from './20261124_222652_initial';

export const migrations = [
  {
    up: migration_20261124_222652_initial.up,
    down: migration_20261124_222652_initial.down,
    name: '20261124_222652_initial'
  },
];
