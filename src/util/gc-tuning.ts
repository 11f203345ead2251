/**
 * V8 tuning for junos-audit's allocation pattern, applied by the CLI and the benchmarks before any
 * other module loads (import it first).
 *
 * A scan builds one large tree per device, keeps it for a few milliseconds, and drops it. V8's
 * allocation-site pretenuring sees tree nodes survive their first young-generation collections and
 * starts allocating them directly in the old generation; dropped trees then stay until a full
 * collection and keep the young objects they point to alive through every scavenge in between.
 * Whether a process falls into that regime is decided early and by chance: measured on 600
 * synthetic devices (`scan`, 184 MB) 9–13 s and up to 700 MB with pretenuring, 7.8–8.6 s and
 * 330 MB without it; parse + normalize device by device is up to 5× slower in the bad regime.
 *
 * The flag only stops pretenuring decisions; it changes no semantics. Node keeps V8 flags writable
 * after start-up for `v8.setFlagsFromString`.
 */
import { setFlagsFromString } from "node:v8";

setFlagsFromString("--no-allocation-site-pretenuring");
