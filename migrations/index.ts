import * as migration_20261126_091721_initial from './20261126_091721_initial';
import * as migration_20261126_205018_delivery_letters_plain_language from './20261126_205018_delivery_letters_plain_language';
import * as migration_20261126_205951_follow_up_workbench from './20261126_205951_follow_up_workbench';
import * as migration_20261126_210554_citizen_site from './20261126_210554_citizen_site';
import * as migration_20261126_224408_deepl_capabilities_glossary_sync from './20261126_224408_deepl_capabilities_glossary_sync';
import * as migration_20261126_232324_budget_reservations from './20261126_232324_budget_reservations';

export const migrations = [
  {
    up: migration_20261126_091721_initial.up,
    down: migration_20261126_091721_initial.down,
    name: '20261126_091721_initial',
  },
  {
    up: migration_20261126_205018_delivery_letters_plain_language.up,
    down: migration_20261126_205018_delivery_letters_plain_language.down,
    name: '20261126_205018_delivery_letters_plain_language',
  },
  {
    up: migration_20261126_205951_follow_up_workbench.up,
    down: migration_20261126_205951_follow_up_workbench.down,
    name: '20261126_205951_follow_up_workbench',
  },
  {
    up: migration_20261126_210554_citizen_site.up,
    down: migration_20261126_210554_citizen_site.down,
    name: '20261126_210554_citizen_site',
  },
  {
    up: migration_20261126_224408_deepl_capabilities_glossary_sync.up,
    down: migration_20261126_224408_deepl_capabilities_glossary_sync.down,
    name: '20261126_224408_deepl_capabilities_glossary_sync',
  },
  {
    up: migration_20261126_232324_budget_reservations.up,
    down: migration_20261126_232324_budget_reservations.down,
    name: '20261126_232324_budget_reservations'
  },
];
