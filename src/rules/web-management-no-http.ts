import { createRule } from "../engine/create-rule.js";
import { WEB_MANAGEMENT_ABSENT, WEB_MANAGEMENT_PATH, webManagement } from "../views/web-management.js";

export default createRule({
  meta: {
    id: "web-management-no-http",
    title: "J-Web does not accept clear-text HTTP",
    severity: "high",
    controls: ["CIS Juniper OS Benchmark v2.1.0 6.10.2.1"],
    rationale: "Over `web-management http` J-Web sends passwords, session cookies and configuration in clear text.",
    remediation: ["delete system services web-management http", "set system services web-management https pki-local-certificate <certificate-id>"],
  },
  check(ctx) {
    const web = webManagement(ctx.config);
    if (web === undefined) return ctx.report({ status: "not-applicable", message: WEB_MANAGEMENT_ABSENT, path: [...WEB_MANAGEMENT_PATH] });
    const path = [...web.path, "http"];
    if (web.http !== undefined) {
      return ctx.report({ status: "fail", message: "J-Web accepts clear-text HTTP (system services web-management http is configured); expected HTTPS only.", path, at: web.http });
    }
    ctx.report({ status: "pass", message: "J-Web does not accept clear-text HTTP (no system services web-management http).", path });
  },
});
