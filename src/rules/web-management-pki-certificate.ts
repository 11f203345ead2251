import { createRule } from "../engine/create-rule.js";
import { WEB_MANAGEMENT_ABSENT, WEB_MANAGEMENT_PATH, webManagement } from "../views/web-management.js";

export default createRule({
  meta: {
    id: "web-management-pki-certificate",
    title: "J-Web HTTPS uses a PKI certificate",
    severity: "medium",
    controls: ["CIS Juniper OS Benchmark v2.1.0 6.10.2.3"],
    rationale:
      "`system-generated-certificate` is self-signed, so browsers cannot verify the device; `local-certificate` keeps the private key in the configuration, where every backup and `show configuration` carries it. A PKI certificate (`pki-local-certificate`) avoids both.",
    remediation: [
      "delete system services web-management https system-generated-certificate",
      "delete system services web-management https local-certificate",
      "set system services web-management https pki-local-certificate <certificate-id>",
    ],
  },
  check(ctx) {
    const web = webManagement(ctx.config);
    if (web === undefined) return ctx.report({ status: "not-applicable", message: WEB_MANAGEMENT_ABSENT, path: [...WEB_MANAGEMENT_PATH] });
    const https = web.https;
    if (https === undefined) {
      return ctx.report({ status: "not-applicable", message: "J-Web HTTPS is not configured (no system services web-management https); no certificate to check.", path: [...web.path, "https"] });
    }
    const expected = "expected https pki-local-certificate <certificate-id>";
    if (https.systemGeneratedCertificate !== undefined) {
      return ctx.report({ status: "fail", message: `J-Web HTTPS uses the self-signed system-generated-certificate; ${expected}.`, path: [...https.path, "system-generated-certificate"], at: https.systemGeneratedCertificate });
    }
    if (https.localCertificate !== undefined) {
      const name = https.localCertificate.value;
      return ctx.report({ status: "fail", message: `J-Web HTTPS uses local-certificate "${name}", whose private key is kept in the configuration; ${expected}.`, path: [...https.path, "local-certificate"], object: name, at: https.localCertificate.node });
    }
    const pki = https.pkiLocalCertificate;
    if (pki === undefined || pki.value === "") {
      return ctx.report({ status: "fail", message: `J-Web HTTPS names no certificate; ${expected}.`, path: [...https.path, "pki-local-certificate"] });
    }
    ctx.report({ status: "pass", message: `J-Web HTTPS uses PKI certificate "${pki.value}".`, path: [...https.path, "pki-local-certificate"], object: pki.value, at: pki.node });
  },
});
