import { normalizeInPlace } from "../normalize/index.js";
import { parseConfig } from "../parse/index.js";
import { netconfTls } from "../views/netconf.js";
import { restService } from "../views/rest.js";
import type { Transport } from "./inventory-types.js";

/** Junos certificate-ids are 1..32 characters; only names safe as a file name are used as one. */
const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/**
 * The PKI certificate-id the device serves on the transport we used — `system services netconf tls
 * local-certificate` or `system services rest https server-certificate` — from the effective
 * configuration we just fetched (groups applied, inactive statements ignored). Undefined when the
 * configuration does not name one (or cannot be read), so the chain is filed under `served/`.
 */
export function servedCertificateId(configText: string, uri: string, transport: Transport): string | undefined {
  const parsed = parseConfig(configText, uri, "xml");
  if (parsed.root === undefined) return undefined;
  const effective = normalizeInPlace(parsed.root).root;
  const id = transport === "netconf-tls" ? netconfTls(effective)?.localCertificate?.value : restService(effective)?.https?.serverCertificate?.value;
  return id !== undefined && SAFE_ID.test(id) ? id : undefined;
}
