import { createRule } from "../engine/create-rule.js";
import { REST_ABSENT, REST_PATH, restPath, restService } from "../views/rest.js";

export default createRule({
  meta: {
    id: "rest-no-http",
    title: "REST API does not accept clear-text HTTP",
    severity: "high",
    controls: ["CIS Juniper OS Benchmark v2.1.0 6.10.5.1"],
    rationale:
      "With `rest http` the REST API takes credentials and configuration in clear text (TCP 3000 by default): anyone on the path can read or change them.",
    remediation: ["delete system services rest http"],
  },
  check(ctx) {
    const rest = restService(ctx.config);
    if (rest === undefined) return ctx.report({ status: "not-applicable", message: REST_ABSENT, path: [...REST_PATH] });
    const path = restPath("http");
    if (rest.http === undefined) {
      ctx.report({ status: "pass", message: "The REST API does not accept clear-text HTTP (no system services rest http).", path });
    } else {
      ctx.report({ status: "fail", message: "The REST API accepts clear-text HTTP (system services rest http is configured); expected HTTPS only.", path, at: rest.http.node });
    }
  },
});
