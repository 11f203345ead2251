import { createRule } from "../engine/create-rule.js";
import { REST_ABSENT, REST_PATH, restPath, restService } from "../views/rest.js";

export default createRule({
  meta: {
    id: "rest-explorer-disabled",
    title: "REST API Explorer is disabled",
    severity: "medium",
    controls: ["Juniper hardening: REST API Explorer (disabled by default)"],
    rationale:
      "The REST API Explorer is an interactive web page that runs RPCs from a browser; it is meant for development and widens what an attacker with a session can do. Juniper ships it disabled.",
    remediation: ["delete system services rest enable-explorer"],
  },
  check(ctx) {
    const rest = restService(ctx.config);
    if (rest === undefined) return ctx.report({ status: "not-applicable", message: REST_ABSENT, path: [...REST_PATH] });
    const path = restPath("enable-explorer");
    if (rest.enableExplorer !== undefined) {
      return ctx.report({ status: "fail", message: "The REST API Explorer is enabled (system services rest enable-explorer); expected it absent.", path, at: rest.enableExplorer });
    }
    ctx.report({ status: "pass", message: "The REST API Explorer is disabled (no system services rest enable-explorer).", path });
  },
});
