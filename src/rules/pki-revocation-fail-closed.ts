import { createRule } from "../engine/create-rule.js";
import type { ConfigNode } from "../model/config-tree.js";
import { PKI_PATH, pkiView, type CaProfile } from "../views/pki.js";

/** The fail-open statements a profile holds, with the words that name them. */
function failOpen(profile: CaProfile): Array<{ statement: string; node: ConfigNode }> {
  const found: Array<{ statement: string; node: ConfigNode | undefined }> = [
    { statement: "crl disable on-download-failure", node: profile.crlDisableOnDownloadFailure },
    { statement: "ocsp connection-failure disable", node: profile.ocspConnectionFailureDisable },
    { statement: "ocsp accept-unknown-status", node: profile.ocspAcceptUnknownStatus },
  ];
  return found.filter((f): f is { statement: string; node: ConfigNode } => f.node !== undefined);
}

export default createRule({
  meta: {
    id: "pki-revocation-fail-closed",
    title: "Revocation checking fails closed",
    severity: "medium",
    controls: ["Juniper PKI hardening (crl and ocsp statements)"],
    rationale:
      "If a certificate is accepted whenever the CRL cannot be downloaded or the OCSP responder cannot answer, an attacker who blocks the CRL or OCSP server turns revocation off.",
    remediation: [
      "delete security pki ca-profile <ca-profile> revocation-check crl disable on-download-failure",
      "delete security pki ca-profile <ca-profile> revocation-check ocsp connection-failure disable",
      "delete security pki ca-profile <ca-profile> revocation-check ocsp accept-unknown-status",
    ],
  },
  check(ctx) {
    const profiles = pkiView(ctx.config).caProfiles;
    if (profiles.length === 0) {
      return ctx.report({ status: "not-applicable", message: "No security pki ca-profile is configured.", path: [...PKI_PATH, "ca-profile"] });
    }
    for (const profile of profiles) {
      const path = [...profile.path, "revocation-check"];
      const label = `CA profile "${profile.name}"`;
      if (profile.mode?.value === "disable") {
        ctx.report({ status: "not-applicable", message: `${label} has revocation-check disable, so there is no check to fail open or closed (see pki-ca-revocation-check).`, path, object: profile.name, at: profile.mode.node });
        continue;
      }
      const open = failOpen(profile);
      if (open.length > 0) {
        const statements = open.map((o) => o.statement).join(", ");
        ctx.report({ status: "fail", message: `${label} accepts certificates when revocation cannot be checked (${statements}); expected these statements absent.`, path, object: profile.name, at: open[0]!.node });
      } else {
        ctx.report({ status: "pass", message: `${label} rejects certificates whose revocation status cannot be checked.`, path, object: profile.name, at: profile.node });
      }
    }
  },
});
