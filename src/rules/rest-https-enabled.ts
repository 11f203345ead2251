import { createRule } from "../engine/create-rule.js";
import { REST_ABSENT, REST_PATH, restPath, restService } from "../views/rest.js";

export default createRule({
  meta: {
    id: "rest-https-enabled",
    title: "REST API is served over HTTPS with a server certificate",
    severity: "high",
    controls: ["CIS Juniper OS Benchmark v2.1.0 6.10.5.2"],
    rationale:
      "HTTPS protects REST credentials and payloads in transit and lets clients verify the device; it needs a `server-certificate` from the device PKI (RSA ≥ 2048 bits or ECC ≥ 256 bits).",
    remediation: ["set system services rest https server-certificate <certificate-id>"],
  },
  check(ctx) {
    const rest = restService(ctx.config);
    if (rest === undefined) return ctx.report({ status: "not-applicable", message: REST_ABSENT, path: [...REST_PATH] });
    const https = rest.https;
    if (https === undefined) {
      return ctx.report({ status: "fail", message: "The REST API is configured without HTTPS (no system services rest https); expected https with a server-certificate.", path: restPath("https") });
    }
    const certificate = https.serverCertificate;
    if (certificate === undefined || certificate.value === "") {
      return ctx.report({ status: "fail", message: "REST https has no server-certificate; expected `https server-certificate <certificate-id>` naming a PKI local certificate.", path: restPath("https server-certificate") });
    }
    ctx.report({ status: "pass", message: `The REST API is served over HTTPS with server-certificate "${certificate.value}".`, path: restPath("https server-certificate"), object: certificate.value, at: certificate.node });
  },
});
