/**
 * The reference site reads exactly what any consumer reads: the delivery read model, through the
 * same typed API the delivery server answers from, so what it shows is proof of what is live.
 */
export { listLive, readLive } from '../delivery/read'
export type { LiveDocument, LiveList } from '../delivery/contract'
