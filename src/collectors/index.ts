/** Live collection: inventory → devices (NETCONF over TLS or REST) → snapshot files for `scan`. */
export { collectFleet, collectDevice, DEFAULT_CONCURRENCY, DEFAULT_MAX_REPLY_BYTES } from "./fleet.js";
export type { CollectOptions, CollectOutcome, CollectTimeouts, DeviceOutcome, ProgressEvent } from "./fleet.js";
export { loadInventory, parseInventory } from "./inventory.js";
export type { DeviceTarget, Inventory, Transport } from "./inventory.js";
export { CollectError } from "./errors.js";
