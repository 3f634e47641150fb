import * as migration_20261124_230331_initial from './20261124_230331_initial';

export const migrations = [
  {
    up: migration_20261124_230331_initial.up,
    down: migration_20261124_230331_initial.down,
    name: '20261124_230331_initial'
  },
];
