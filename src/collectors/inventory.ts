import { readFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { isMap, isSeq, LineCounter, parseDocument, type Document } from "yaml";
import { ConfigError } from "../errors.js";
import { parseDuration } from "./duration.js";
import { checkInventorySchema } from "./inventory-schema.js";
import { secureContext } from "./tls-connect.js";
import {
  DEFAULT_PORT,
  DEFAULT_TIMEOUT_MS,
  type DeviceTarget,
  type Inventory,
  type TlsMaterial,
  type Transport,
} from "./inventory-types.js";

export type { DeviceTarget, Inventory, Transport } from "./inventory-types.js";

interface RawTls {
  ca?: string;
  cert?: string;
  key?: string;
}
interface RawRest {
  username?: string;
  "password-env"?: string;
  port?: number;
  probe?: boolean;
}
interface RawSettings {
  transport?: Transport;
  port?: number;
  timeout?: string | number;
  tls?: RawTls;
  rest?: RawRest;
}
interface RawDevice extends RawSettings {
  name: string;
  host: string;
  tags?: string[];
}
interface RawInventory {
  defaults?: RawSettings;
  devices: RawDevice[];
}

/**
 * Reads and validates an inventory file. Every problem is a ConfigError naming the file, the line
 * and the key; TLS files are read here, so a typo in a path fails before any device is contacted.
 */
export async function loadInventory(path: string): Promise<Inventory> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new ConfigError(`cannot read the inventory: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, path);
  }
  return parseInventory(text, path);
}

export async function parseInventory(text: string, uri: string): Promise<Inventory> {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  const lineAt = (keyPath: (string | number)[]): number => lineOf(doc, lines, keyPath);
  const yamlError = doc.errors[0];
  if (yamlError !== undefined) {
    throw new ConfigError(`not valid YAML: ${yamlError.message.split("\n")[0] ?? ""}`, uri, lines.linePos(yamlError.pos[0]).line);
  }
  const data = doc.toJS() as unknown;
  rejectPasswords(data, uri, lineAt);
  const problem = checkInventorySchema(data);
  if (problem !== undefined) throw new ConfigError(problem.message, uri, lineAt(problem.path));
  const raw = data as RawInventory;
  const base = dirname(resolve(uri));
  const files = new FileCache(base, uri);
  const devices: DeviceTarget[] = [];
  const seen = new Map<string, number>();
  for (const [index, device] of raw.devices.entries()) {
    const line = lineAt(["devices", index]);
    const first = seen.get(device.name);
    if (first !== undefined) throw new ConfigError(`device name "${device.name}" is used twice (first on line ${first}); names must be unique`, uri, line);
    seen.set(device.name, line);
    devices.push(await resolveDevice(raw.defaults ?? {}, device, { uri, line, files, lineAt, index }));
  }
  return { uri, devices };
}

interface ResolveContext {
  uri: string;
  line: number;
  index: number;
  files: FileCache;
  lineAt: (keyPath: (string | number)[]) => number;
}

async function resolveDevice(defaults: RawSettings, device: RawDevice, ctx: ResolveContext): Promise<DeviceTarget> {
  const transport = device.transport ?? defaults.transport ?? "netconf-tls";
  const timeoutValue = device.timeout ?? defaults.timeout;
  const timeoutMs = timeoutValue === undefined ? DEFAULT_TIMEOUT_MS : parseDuration(timeoutValue);
  if (timeoutMs === undefined) {
    const at = device.timeout !== undefined ? ["devices", ctx.index, "timeout"] : ["defaults", "timeout"];
    throw new ConfigError(`"timeout" must be a positive duration such as 30s`, ctx.uri, ctx.lineAt(at));
  }
  const tlsPaths = { ...defaults.tls, ...device.tls };
  const tls: TlsMaterial = {};
  for (const key of ["ca", "cert", "key"] as const) {
    const file = tlsPaths[key];
    if (file === undefined) continue;
    const at = device.tls?.[key] !== undefined ? ["devices", ctx.index, "tls", key] : ["defaults", "tls", key];
    tls[key] = await ctx.files.read(file, `tls.${key}`, ctx.lineAt(at));
  }
  if (transport === "netconf-tls" && (tls.cert === undefined || tls.key === undefined)) {
    throw new ConfigError(
      `device "${device.name}": NETCONF over TLS needs a client certificate: set tls.cert and tls.key (in defaults or on the device)`,
      ctx.uri,
      ctx.line,
    );
  }
  try {
    secureContext(tls.ca, tls.cert, tls.key);
  } catch (error) {
    // OpenSSL's reason only ("key values mismatch", "no start line"): never the key material.
    const why = ((error as Error).message.split("::").pop() ?? "").split("\n")[0];
    throw new ConfigError(`device "${device.name}": the tls.ca / tls.cert / tls.key files are not usable together (${why})`, ctx.uri, ctx.line);
  }
  const rest = { ...defaults.rest, ...device.rest };
  const restPort = rest.port ?? (transport === "rest" ? device.port ?? defaults.port : undefined) ?? DEFAULT_PORT.rest;
  return {
    name: device.name,
    host: device.host,
    port: device.port ?? defaults.port ?? DEFAULT_PORT[transport],
    transport,
    timeoutMs,
    tags: device.tags ?? [],
    tls,
    rest: { username: rest.username, passwordEnv: rest["password-env"], port: restPort, probe: rest.probe ?? true },
    uri: ctx.uri,
    line: ctx.line,
  };
}

/** A `password:` key anywhere is refused before schema checks: secrets come from the environment. */
function rejectPasswords(data: unknown, uri: string, lineAt: (keyPath: (string | number)[]) => number): void {
  if (typeof data !== "object" || data === null) return;
  const inv = data as { defaults?: { rest?: object }; devices?: unknown };
  const check = (rest: unknown, at: (string | number)[]): void => {
    if (typeof rest === "object" && rest !== null && "password" in rest) {
      throw new ConfigError(
        `"password" is not allowed in the inventory: put the password in an environment variable and name it with "password-env"`,
        uri,
        lineAt([...at, "password"]),
      );
    }
  };
  check(inv.defaults?.rest, ["defaults", "rest"]);
  if (Array.isArray(inv.devices)) inv.devices.forEach((d: { rest?: unknown } | null, i) => check(d?.rest, ["devices", i, "rest"]));
}

/** 1-based line of the deepest node that exists along `keyPath` (a key's line for map entries). */
function lineOf(doc: Document, lines: LineCounter, keyPath: (string | number)[]): number {
  let node: unknown = doc.contents;
  let offset = (doc.contents as { range?: [number, number, number] } | null)?.range?.[0] ?? 0;
  for (const key of keyPath) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
      if (pair === undefined) break;
      offset = (pair.key as { range?: [number, number, number] }).range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof key === "number") {
      const item = node.items[key] as { range?: [number, number, number] } | undefined;
      if (item === undefined) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else break;
  }
  return lines.linePos(offset).line;
}

/** Reads each TLS file once, relative to the inventory; failures name the key and line. */
class FileCache {
  private readonly cache = new Map<string, Promise<Buffer>>();
  constructor(
    private readonly base: string,
    private readonly uri: string,
  ) {}

  async read(file: string, key: string, line: number): Promise<Buffer> {
    const full = resolve(this.base, file);
    let pending = this.cache.get(full);
    if (pending === undefined) {
      pending = readFile(full);
      this.cache.set(full, pending);
    }
    try {
      return await pending;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const why = code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : (code ?? "unreadable");
      throw new ConfigError(`${key}: cannot read ${file} (${why})`, this.uri, line);
    }
  }
}
