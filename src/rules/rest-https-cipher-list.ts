import { createRule } from "../engine/create-rule.js";
import { REST_ABSENT, REST_PATH, restPath, restService } from "../views/rest.js";

/** RC4, 3DES, MD5, or a SHA-1 MAC (suite names ending in `-sha`). */
export function isWeakSuite(suite: string): boolean {
  const s = suite.toLowerCase();
  return s.includes("rc4") || s.includes("3des") || s.includes("md5") || s.endsWith("-sha");
}

export default createRule({
  meta: {
    id: "rest-https-cipher-list",
    title: "REST HTTPS restricts cipher suites to strong ones",
    severity: "medium",
    controls: ["CIS Juniper OS Benchmark v2.1.0 6.10.5.5"],
    rationale:
      "Without a cipher-list the REST server accepts every suite it knows, RC4 included; RC4, 3DES, MD5 and SHA-1 MACs are broken or deprecated and let an attacker weaken or read the session.",
    remediation: [
      "delete system services rest https cipher-list",
      "set system services rest https cipher-list [ ecdhe-rsa-with-aes-256-gcm-sha384 ecdhe-rsa-with-aes-128-gcm-sha256 dhe-rsa-with-aes-256-gcm-sha384 dhe-rsa-with-aes-128-gcm-sha256 ]",
    ],
  },
  check(ctx) {
    const rest = restService(ctx.config);
    if (rest === undefined) return ctx.report({ status: "not-applicable", message: REST_ABSENT, path: [...REST_PATH] });
    const path = restPath("https cipher-list");
    const suites = rest.https?.cipherList ?? [];
    if (suites.length === 0) {
      return ctx.report({ status: "fail", message: "REST https has no cipher-list, so every suite is accepted (RC4 included); expected a cipher-list of suites without RC4, 3DES, MD5 or SHA-1.", path });
    }
    const weak = suites.filter((s) => isWeakSuite(s.value));
    if (weak.length > 0) {
      const names = weak.map((s) => s.value).join(", ");
      return ctx.report({ status: "fail", message: `REST https cipher-list holds weak suites: ${names}; expected none with RC4, 3DES, MD5 or a SHA-1 MAC.`, path, at: weak[0]!.node });
    }
    ctx.report({ status: "pass", message: `REST https cipher-list holds only strong suites (${suites.map((s) => s.value).join(", ")}).`, path, at: suites[0]!.node.parent });
  },
});
