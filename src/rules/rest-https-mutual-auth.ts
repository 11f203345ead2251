import { createRule } from "../engine/create-rule.js";
import { caPresence } from "../views/pki.js";
import { REST_ABSENT, REST_PATH, restPath, restService } from "../views/rest.js";

export default createRule({
  meta: {
    id: "rest-https-mutual-auth",
    title: "REST HTTPS requires client certificates from a configured CA",
    severity: "high",
    controls: ["CIS Juniper OS Benchmark v2.1.0 6.10.5.4", "NIST SP 800-53 IA-2(1)", "CIS Controls v7 11.5"],
    rationale:
      "Mutual TLS lets the device and its automation clients detect interception or impersonation, and lets a CA revoke a compromised or retired client; the CA must be a ca-profile configured on the device (even for public CAs the device already trusts).",
    remediation: [
      "set security pki ca-profile <ca-profile> ca-identity <ca-identity>",
      "set security pki ca-profile <ca-profile> revocation-check crl url <crl-url>",
      "set system services rest https mutual-authentication certificate-authority <ca-profile>",
    ],
  },
  check(ctx) {
    const rest = restService(ctx.config);
    if (rest === undefined) return ctx.report({ status: "not-applicable", message: REST_ABSENT, path: [...REST_PATH] });
    const path = restPath("https mutual-authentication certificate-authority");
    if (rest.https === undefined) {
      return ctx.report({ status: "fail", message: "The REST API has no https, so clients are never asked for certificates; expected https with mutual-authentication certificate-authority <ca-profile>.", path });
    }
    const ca = rest.https.mutualAuth?.certificateAuthority;
    if (ca === undefined || ca.value === "") {
      return ctx.report({ status: "fail", message: "REST https does not require client certificates (no mutual-authentication certificate-authority); expected a configured ca-profile.", path });
    }
    const where = { path, object: ca.value, at: ca.node };
    const presence = caPresence(ctx.config, ctx.evidence, ca.value);
    if (presence === "missing") {
      return ctx.report({ status: "fail", message: `REST https mutual-authentication names CA "${ca.value}", which is not a configured security pki ca-profile or ca-profile-group.`, ...where });
    }
    if (presence === "unknown") {
      return ctx.report({ status: "inconclusive", message: `REST https mutual-authentication names "${ca.value}", the ca-profile-group gNOI loads at run time; whether it is loaded needs CA evidence (see pki-ca-profile-exists).`, ...where });
    }
    ctx.report({ status: "pass", message: `REST https requires client certificates issued by CA "${ca.value}".`, ...where });
  },
});
