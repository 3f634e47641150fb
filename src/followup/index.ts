/** Follow-up statistics, pure: no payload, next, react or database imports (lint-enforced). */
export * from './chiSquare'
export * from './groups'
export * from './multinomial'
export * from './noShows'
export * from './proportionDifference'
export * from './representativeness'
export * from './suppression'
export * from './wilson'
