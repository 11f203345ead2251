import { createRule } from "../engine/create-rule.js";
import { find, words, type ConfigNode } from "../model/config-tree.js";
import { caReferences } from "../views/ca-references.js";
import { GNOI_CA_BUNDLE, PKI_PATH, pkiView, type CaProfile, type PkiView } from "../views/pki.js";
import { listWords } from "../views/util.js";

/** CA names that verify client certificates, each with the services that use it (in first-seen order). */
function clientAuthCas(config: ConfigNode, pki: PkiView): Map<string, string[]> {
  const uses = new Map<string, string[]>();
  const add = (name: string, service: string): void => void uses.set(name, [...(uses.get(name) ?? []), service]);
  for (const ref of caReferences(config)) if (ref.clientAuth) add(ref.name, ref.service);
  // NETCONF over TLS verifies client certificates against the CA certificates of the device's ca-profiles.
  if (find(config, words("system services netconf tls")) !== undefined) for (const p of pki.caProfiles) add(p.name, "NETCONF over TLS");
  return uses;
}

function judge(profile: CaProfile, usedBy: string): { status: "pass" | "fail"; message: string; at?: ConfigNode } {
  const label = `CA profile "${profile.name}" (client authentication for ${usedBy})`;
  if (profile.mode?.value === "disable") {
    return { status: "fail", message: `${label} has revocation-check disable: revoked client certificates are accepted; expected CRL or OCSP checking.`, at: profile.mode.node };
  }
  if (profile.crlUrls.length === 0 && profile.ocspUrls.length === 0) {
    return { status: "fail", message: `${label} has neither a crl url nor an ocsp url; expected revocation-check crl url <url> or ocsp url <url>.` };
  }
  const urls = [...profile.crlUrls, ...profile.ocspUrls].map((u) => u.value);
  return { status: "pass", message: `${label} checks revocation (${urls.join(", ")}).`, at: profile.node };
}

export default createRule({
  meta: {
    id: "pki-ca-revocation-check",
    title: "CA profiles that authenticate clients check revocation",
    severity: "high",
    controls: ["CIS Juniper OS Benchmark v2.1.0 6.10.5.4 (remediation)", "DISA STIG JUNI-ND-001430"],
    rationale:
      "Mutual TLS is only as good as the CA's ability to withdraw a certificate: without a CRL or OCSP source, a stolen or retired client certificate keeps working until it expires.",
    remediation: [
      "delete security pki ca-profile <ca-profile> revocation-check disable",
      "set security pki ca-profile <ca-profile> revocation-check crl url <crl-url>",
    ],
  },
  check(ctx) {
    const pki = pkiView(ctx.config);
    let judged = 0;
    for (const [name, services] of clientAuthCas(ctx.config, pki)) {
      const usedBy = listWords(services);
      const profile = pki.caProfiles.find((p) => p.name === name);
      if (profile !== undefined) {
        const { at, ...verdict } = judge(profile, usedBy);
        ctx.report({ ...verdict, path: [...profile.path, "revocation-check"], object: name, at });
        judged++;
      } else if (name === GNOI_CA_BUNDLE || pki.caProfileGroups.some((g) => g.name === name)) {
        const group = pki.caProfileGroups.find((g) => g.name === name);
        ctx.report({
          status: "inconclusive",
          message: `"${name}" (client authentication for ${usedBy}) is a ca-profile-group, which cannot carry revocation settings; check revocation for the CA certificates loaded into it.`,
          path: [...PKI_PATH, "ca-profile-group", name],
          object: name,
          at: group?.node,
        });
        judged++;
      }
    }
    if (judged === 0) {
      ctx.report({
        status: "not-applicable",
        message: "No configured ca-profile authenticates clients (none named by REST/gRPC mutual-authentication or J-Web mtls, and no NETCONF over TLS).",
        path: [...PKI_PATH, "ca-profile"],
      });
    }
  },
});
