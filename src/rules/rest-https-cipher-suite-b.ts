import { createRule } from "../engine/create-rule.js";
import { REST_ABSENT, REST_PATH, restPath, restService } from "../views/rest.js";

export const SUITE_B = ["ecdhe-rsa-with-aes-128-gcm-sha256", "ecdhe-rsa-with-aes-256-gcm-sha384"] as const;

export default createRule({
  meta: {
    id: "rest-https-cipher-suite-b",
    title: "REST HTTPS cipher list is Suite B only",
    severity: "low",
    controls: ["CIS Juniper OS Benchmark v2.1.0 6.10.5.6"],
    rationale:
      "Suite B (ECDHE with AES-GCM) gives forward secrecy and authenticated encryption; CIS Level 2 allows no other suite on the REST API.",
    remediation: [
      "delete system services rest https cipher-list",
      "set system services rest https cipher-list [ ecdhe-rsa-with-aes-256-gcm-sha384 ecdhe-rsa-with-aes-128-gcm-sha256 ]",
    ],
  },
  check(ctx) {
    const rest = restService(ctx.config);
    if (rest === undefined) return ctx.report({ status: "not-applicable", message: REST_ABSENT, path: [...REST_PATH] });
    const path = restPath("https cipher-list");
    const suites = rest.https?.cipherList ?? [];
    const expected = `expected only ${SUITE_B.join(" and/or ")}`;
    if (suites.length === 0) {
      return ctx.report({ status: "fail", message: `REST https has no cipher-list, so every suite is accepted; ${expected}.`, path });
    }
    const others = suites.filter((s) => !(SUITE_B as readonly string[]).includes(s.value.toLowerCase()));
    if (others.length > 0) {
      return ctx.report({ status: "fail", message: `REST https cipher-list holds suites outside Suite B: ${others.map((s) => s.value).join(", ")}; ${expected}.`, path, at: others[0]!.node });
    }
    ctx.report({ status: "pass", message: `REST https cipher-list is Suite B only (${suites.map((s) => s.value).join(", ")}).`, path, at: suites[0]!.node.parent });
  },
});
