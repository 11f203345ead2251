/** The inventory after validation: every default applied, every path read, nothing secret. */

export type Transport = "netconf-tls" | "rest";

export const DEFAULT_PORT: Record<Transport, number> = { "netconf-tls": 6513, rest: 3443 };
export const DEFAULT_TIMEOUT_MS = 30_000;

/** PEM material read from the files the inventory names (the key is never logged or reported). */
export interface TlsMaterial {
  ca?: Buffer | undefined;
  cert?: Buffer | undefined;
  key?: Buffer | undefined;
}

export interface RestSettings {
  username?: string | undefined;
  /** Name of the environment variable holding the password (never the password itself). */
  passwordEnv?: string | undefined;
  port: number;
  /** Probe the REST HTTPS port for TLS without a client certificate. */
  probe: boolean;
}

export interface DeviceTarget {
  name: string;
  host: string;
  port: number;
  transport: Transport;
  timeoutMs: number;
  tags: string[];
  tls: TlsMaterial;
  rest: RestSettings;
  /** Where the device is declared (inventory file and 1-based line), for messages. */
  uri: string;
  line: number;
}

export interface Inventory {
  uri: string;
  devices: DeviceTarget[];
}
