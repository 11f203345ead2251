import { createRule } from "../engine/create-rule.js";
import { REST_ABSENT, REST_PATH, restPath, restService } from "../views/rest.js";

export default createRule({
  meta: {
    id: "rest-allowed-sources",
    title: "REST API accepts connections only from listed sources",
    severity: "medium",
    controls: ["CIS Juniper OS Benchmark v2.1.0 6.10.5.8"],
    rationale:
      "Without `control allowed-sources` any host that reaches the device can try to log in to the REST API; listing the automation hosts limits exposure to credential guessing and exploits.",
    remediation: ["set system services rest control allowed-sources [ <address> <address> ]"],
  },
  check(ctx) {
    const rest = restService(ctx.config);
    if (rest === undefined) return ctx.report({ status: "not-applicable", message: REST_ABSENT, path: [...REST_PATH] });
    const path = restPath("control allowed-sources");
    const sources = rest.control?.allowedSources ?? [];
    if (sources.length === 0) {
      return ctx.report({ status: "fail", message: "The REST API accepts connections from any address (no control allowed-sources); expected a list of management hosts.", path });
    }
    ctx.report({ status: "pass", message: `The REST API accepts connections only from ${sources.map((s) => s.value).join(", ")}.`, path, at: sources[0]!.node.parent });
  },
});
