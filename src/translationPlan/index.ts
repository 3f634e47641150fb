/** Per-document translation choices and department budgets. Pure. */
export * from './budget'
export * from './targetLocales'
export * from './openWork'
