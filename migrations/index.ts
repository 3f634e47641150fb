// Replaced by `npm run migrate:create`; empty until the first migration exists.
export const migrations = []
