import { createRule } from "../engine/create-rule.js";
import { REST_ABSENT, REST_PATH, restPath, restService } from "../views/rest.js";

export default createRule({
  meta: {
    id: "rest-service-address",
    title: "REST HTTPS listens only on chosen addresses",
    severity: "low",
    controls: ["CIS Juniper OS Benchmark v2.1.0 6.10.5.10"],
    rationale:
      "Without `https addresses` the REST API listens on every address of the device (TCP 3443), transit-facing ones included; binding it to management addresses keeps it off the data plane.",
    remediation: ["set system services rest https addresses <management-address>"],
  },
  check(ctx) {
    const rest = restService(ctx.config);
    if (rest === undefined) return ctx.report({ status: "not-applicable", message: REST_ABSENT, path: [...REST_PATH] });
    const path = restPath("https addresses");
    const addresses = rest.https?.addresses ?? [];
    if (addresses.length === 0) {
      const what = rest.https === undefined ? "REST https is not configured, so no listening address is set" : "REST https listens on every address (no https addresses)";
      return ctx.report({ status: "fail", message: `${what}; expected https addresses naming management addresses.`, path });
    }
    ctx.report({ status: "pass", message: `REST https listens only on ${addresses.map((a) => a.value).join(", ")}.`, path, at: addresses[0]!.node.parent });
  },
});
