import type { DeviceTarget } from "../inventory-types.js";
import { connectTls, peerChainPem } from "../tls-connect.js";
import { CAP_JUNOS, hasCapability, RPC } from "./messages.js";
import { NetconfSession } from "./session.js";

export interface CollectSettings {
  insecureSkipVerify: boolean;
  maxReplyBytes: number;
  /** Overrides the inventory timeout for every phase (tests, impatient users). */
  timeoutMs?: number | undefined;
}

/** What one device gave us, as received (saved to the snapshot verbatim). */
export interface DeviceEvidence {
  transport: "netconf-tls" | "rest";
  /** The configuration reply text as received. */
  config: string;
  /** get-pki-local-certificate / get-pki-ca-certificate (detail) replies, when the device is Junos. */
  localCertificates?: string | undefined;
  caCertificates?: string | undefined;
  /** The certificate chain the device presented in the TLS handshake, PEM, leaf first. */
  servedChainPem: string;
}

/**
 * NETCONF over TLS (RFC 7589): TLS with our client certificate, <hello>, the configuration, and for
 * Junos servers the PKI evidence, then <close-session>.
 */
export async function collectNetconf(device: DeviceTarget, settings: CollectSettings): Promise<DeviceEvidence> {
  const timeoutMs = settings.timeoutMs ?? device.timeoutMs;
  const socket = await connectTls({
    host: device.host,
    port: device.port,
    timeoutMs,
    tls: device.tls,
    clientCertificate: true,
    insecureSkipVerify: settings.insecureSkipVerify,
  });
  const servedChainPem = peerChainPem(socket);
  const session = await NetconfSession.open(socket, { timeoutMs, maxReplyBytes: settings.maxReplyBytes });
  try {
    const junos = hasCapability(session.server.capabilities, CAP_JUNOS);
    if (!junos) {
      const config = await session.call(RPC.getConfig, "get-config");
      return { transport: "netconf-tls", config, servedChainPem };
    }
    const config = await session.call(RPC.getConfiguration, "get-configuration");
    const localCertificates = await session.call(RPC.localCertificates, "get-pki-local-certificate");
    const caCertificates = await session.call(RPC.caCertificates, "get-pki-ca-certificate");
    return { transport: "netconf-tls", config, localCertificates, caCertificates, servedChainPem };
  } finally {
    await session.close();
  }
}
