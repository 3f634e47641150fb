#!/usr/bin/env bash
# Before the first release there is one migration; while the schema is still moving, it is
# regenerated from the config instead of stacking up migrations nobody has ever applied.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -f migrations/*_initial.ts migrations/*_initial.json
printf '%s\n' '// Replaced by `npm run migrate:create`; empty until the first migration exists.' 'export const migrations = []' > migrations/index.ts
npm run migrate:create -- initial
