/**
 * A device could not be collected. `reason` is what the fleet result shows: short, specific, for a
 * network engineer ("connection refused", "TLS alert: unknown CA"). Never contains secrets.
 */
export class CollectError extends Error {
  override name = "CollectError";
  constructor(readonly reason: string) {
    super(reason);
  }
}
