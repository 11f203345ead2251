import { createRule } from "../engine/create-rule.js";
import { REST_ABSENT, REST_PATH, restPath, restService } from "../views/rest.js";

export default createRule({
  meta: {
    id: "rest-connection-limit",
    title: "REST API limits concurrent connections",
    severity: "low",
    controls: ["CIS Juniper OS Benchmark v2.1.0 6.10.5.9"],
    rationale:
      "A connection limit keeps a flood of REST sessions from exhausting the Routing Engine; CIS suggests 10 (the default is 64).",
    remediation: ["set system services rest control connection-limit 10"],
  },
  check(ctx) {
    const rest = restService(ctx.config);
    if (rest === undefined) return ctx.report({ status: "not-applicable", message: REST_ABSENT, path: [...REST_PATH] });
    const path = restPath("control connection-limit");
    const limit = rest.control?.connectionLimit;
    if (limit === undefined || limit.value === "") {
      return ctx.report({ status: "fail", message: "The REST API has no connection limit (no control connection-limit); expected one, e.g. 10.", path });
    }
    ctx.report({ status: "pass", message: `The REST API allows at most ${limit.value} concurrent connections.`, path, at: limit.node });
  },
});
