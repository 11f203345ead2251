import type { TLSSocket } from "node:tls";
import { Agent, buildConnector, request } from "undici";
import { formatBytes, formatDuration } from "../duration.js";
import { CollectError } from "../errors.js";
import type { DeviceTarget } from "../inventory-types.js";
import { describeNetworkError } from "../net-errors.js";
import type { CollectSettings, DeviceEvidence } from "../netconf/collect.js";
import { peerChainPem, tlsOptions } from "../tls-connect.js";

/** RPCs over the Junos REST API: POST /rpc/<name> with parameters as XML in the body. */
const REST_RPCS = {
  config: { name: "get-configuration", body: "" },
  local: { name: "get-pki-local-certificate", body: "<detail/>" },
  ca: { name: "get-pki-ca-certificate", body: "<detail/>" },
} as const;

/**
 * The Junos REST API over HTTPS with our client certificate and HTTP basic auth (password from the
 * environment variable the inventory names). Same verification, timeouts and size limit as NETCONF.
 */
export async function collectRest(device: DeviceTarget, settings: CollectSettings, env: NodeJS.ProcessEnv): Promise<DeviceEvidence> {
  const authorization = basicAuth(device, env);
  const timeoutMs = settings.timeoutMs ?? device.timeoutMs;
  let served: TLSSocket | undefined;
  const connector = buildConnector({
    ...tlsOptions({ host: device.host, port: device.port, timeoutMs, tls: device.tls, clientCertificate: true, insecureSkipVerify: settings.insecureSkipVerify }),
    timeout: timeoutMs,
  });
  const agent = new Agent({
    connect: (options, callback) =>
      connector(options, (...args) => {
        if (args[0] === null && served === undefined) served = args[1] as TLSSocket;
        callback(...args);
      }),
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
    connections: 1,
    pipelining: 1,
  });
  try {
    const call = (rpc: { name: string; body: string }): Promise<string> =>
      post(agent, device, rpc, authorization, { timeoutMs, maxReplyBytes: settings.maxReplyBytes });
    const config = await call(REST_RPCS.config);
    const servedChainPem = served === undefined ? "" : peerChainPem(served);
    const localCertificates = await call(REST_RPCS.local);
    const caCertificates = await call(REST_RPCS.ca);
    return { transport: "rest", config, localCertificates, caCertificates, servedChainPem };
  } finally {
    await agent.destroy().catch(() => undefined);
  }
}

function basicAuth(device: DeviceTarget, env: NodeJS.ProcessEnv): string {
  const { username, passwordEnv } = device.rest;
  if (username === undefined || passwordEnv === undefined) {
    throw new CollectError('REST needs rest.username and rest.password-env in the inventory');
  }
  const password = env[passwordEnv];
  if (password === undefined || password === "") throw new CollectError(`environment variable ${passwordEnv} (REST password) is not set`);
  return `Basic ${Buffer.from(`${username}:${password}`).toString("base64")}`;
}

interface Limits {
  timeoutMs: number;
  maxReplyBytes: number;
}

async function post(agent: Agent, device: DeviceTarget, rpc: { name: string; body: string }, authorization: string, limits: Limits): Promise<string> {
  const host = device.host.includes(":") ? `[${device.host}]` : device.host;
  let response: Awaited<ReturnType<typeof request>>;
  try {
    response = await request(`https://${host}:${device.port}/rpc/${rpc.name}`, {
      method: "POST",
      dispatcher: agent,
      headers: { authorization, accept: "application/xml", "content-type": "application/xml" },
      body: rpc.body,
    });
  } catch (error) {
    throw new CollectError(describeUndiciError(error, rpc.name, limits.timeoutMs));
  }
  if (response.statusCode !== 200) {
    const detail = (await readLimited(response.body, 4096, rpc.name, limits).catch(() => "")).replace(/\s+/g, " ").trim().slice(0, 200);
    throw new CollectError(httpReason(response.statusCode, rpc.name, detail));
  }
  return readLimited(response.body, limits.maxReplyBytes, rpc.name, limits);
}

/** Reads a body, counting bytes as they stream in; aborts past `max` without buffering more. */
async function readLimited(body: AsyncIterable<Buffer> & { destroy(): unknown }, max: number, rpc: string, limits: Limits): Promise<string> {
  const parts: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of body) {
      total += chunk.length;
      if (total > max) {
        body.destroy();
        throw new CollectError(`reply exceeded ${formatBytes(max)}`);
      }
      parts.push(chunk);
    }
  } catch (error) {
    if (error instanceof CollectError) throw error;
    throw new CollectError(describeUndiciError(error, rpc, limits.timeoutMs));
  }
  return Buffer.concat(parts, total).toString("utf8");
}

function httpReason(status: number, rpc: string, detail: string): string {
  if (status === 401) return "REST API refused the credentials (HTTP 401)";
  if (status === 403) return `REST API refused <${rpc}> (HTTP 403${detail === "" ? "" : `: ${detail}`})`;
  return `REST API answered HTTP ${status} to <${rpc}>${detail === "" ? "" : `: ${detail}`}`;
}

function describeUndiciError(error: unknown, rpc: string, timeoutMs: number): string {
  const err = error as { code?: string; cause?: unknown };
  switch (err.code) {
    case "UND_ERR_CONNECT_TIMEOUT":
      return `timed out after ${formatDuration(timeoutMs)} waiting for the TLS connection`;
    case "UND_ERR_HEADERS_TIMEOUT":
    case "UND_ERR_BODY_TIMEOUT":
      return `timed out after ${formatDuration(timeoutMs)} waiting for the reply to <${rpc}>`;
    case "UND_ERR_SOCKET":
    case "UND_ERR_CLOSED":
      return err.cause !== undefined && (err.cause as { code?: string }).code !== undefined
        ? describeNetworkError(err.cause)
        : "connection closed by the device in the middle of a reply";
    default:
      return describeNetworkError(err.cause !== undefined && err.code === undefined ? err.cause : error);
  }
}
