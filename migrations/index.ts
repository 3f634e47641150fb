import * as migration_20261124_223106_initial from './20261124_223106_initial';

export const migrations = [
  {
    up: migration_20261124_223106_initial.up,
    down: migration_20261124_223106_initial.down,
    name: '20261124_223106_initial'
  },
];
