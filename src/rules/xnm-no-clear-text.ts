import { createRule } from "../engine/create-rule.js";
import { SERVICES_PATH, xnmServices } from "../views/xnm.js";

export default createRule({
  meta: {
    id: "xnm-no-clear-text",
    title: "Junos XML protocol clear-text service is off",
    severity: "high",
    controls: ["CIS Juniper OS Benchmark v2.1.0 6.10.3.1"],
    rationale:
      "`xnm-clear-text` accepts Junos XML protocol sessions on TCP 3221 without encryption: credentials and configuration cross the network readable by anyone on the path. Use NETCONF over SSH or TLS, or xnm-ssl.",
    remediation: ["delete system services xnm-clear-text"],
  },
  check(ctx) {
    const xnm = xnmServices(ctx.config);
    const path = [...SERVICES_PATH, "xnm-clear-text"];
    if (xnm.clearText !== undefined) {
      return ctx.report({ status: "fail", message: "The Junos XML protocol clear-text service is on (system services xnm-clear-text, TCP 3221); expected it absent.", path, at: xnm.clearText });
    }
    ctx.report({ status: "pass", message: "The Junos XML protocol clear-text service is off (no system services xnm-clear-text).", path });
  },
});
