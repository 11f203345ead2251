import { createRule } from "../engine/create-rule.js";
import { DEFAULT_CLIENT_CERTIFICATE_REQUEST, GRPC_COMMAND, grpcSslOrNotApplicable } from "../views/grpc.js";

const WEAK_REQUESTS: Readonly<Record<string, string>> = {
  "no-certificate": "asks for no client certificate",
  "request-certificate": "asks for a client certificate but never verifies it",
  "require-certificate": "requires a client certificate but never verifies it",
};

const SSL = `${GRPC_COMMAND} ssl`;

export default createRule({
  meta: {
    id: "grpc-ssl-mutual-auth",
    title: "gRPC requires and verifies client certificates",
    severity: "high",
    controls: ["Juniper: gRPC services (ssl mutual-authentication)", "NIST SP 800-53 IA-3", "NIST SP 800-53 IA-5(2)"],
    rationale:
      "Without mutual authentication any client that reaches the gRPC port can open a session and try credentials; an unverified client certificate proves nothing. `require-certificate-and-verify` against a configured CA profile makes the certificate the first factor.",
    remediation: [
      `set ${SSL} mutual-authentication certificate-authority <ca-profile>`,
      `set ${SSL} mutual-authentication client-certificate-request require-certificate-and-verify`,
    ],
  },
  check(ctx) {
    const ssl = grpcSslOrNotApplicable(ctx);
    if (ssl === undefined) return;
    const mutual = ssl.mutualAuth;
    if (mutual === undefined) {
      const gnoi = ctx.evidence?.ca.has("gnoi-ca-bundle") === true;
      if (gnoi) {
        ctx.report({ status: "pass", message: "gRPC ssl has no mutual-authentication, but the evidence shows a gNOI CA bundle (gnoi-ca-bundle): the device then requires and verifies client certificates implicitly.", path: [...ssl.path, "mutual-authentication"], at: ssl.node });
      } else {
        ctx.report({ status: "fail", message: `gRPC ssl has no mutual-authentication: clients are not asked for a certificate; expected \`set ${SSL} mutual-authentication certificate-authority <ca-profile>\`.`, path: [...ssl.path, "mutual-authentication"] });
      }
      return;
    }
    const ca = mutual.certificateAuthority;
    if (ca === undefined || ca.value === "") {
      ctx.report({ status: "fail", message: `gRPC ssl mutual-authentication has no certificate-authority to verify clients against; expected \`set ${SSL} mutual-authentication certificate-authority <ca-profile>\`.`, path: [...ssl.path, "mutual-authentication", "certificate-authority"], at: ca?.node });
      return;
    }
    const request = mutual.clientCertificateRequest;
    const value = request?.value || DEFAULT_CLIENT_CERTIFICATE_REQUEST;
    const path = [...ssl.path, "mutual-authentication", "client-certificate-request"];
    const weak = WEAK_REQUESTS[value];
    if (weak !== undefined) {
      ctx.report({ status: "fail", message: `gRPC ssl client-certificate-request ${value} ${weak}; expected require-certificate-and-verify.`, path, at: request!.node });
    } else if (value === "request-certificate-and-verify") {
      ctx.report({ status: "fail", severity: "low", message: "gRPC ssl client-certificate-request request-certificate-and-verify verifies a certificate only when the client sends one; clients without a certificate still connect. Expected require-certificate-and-verify.", path, at: request!.node });
    } else {
      const how = request === undefined ? " (the default when mutual-authentication is configured)" : "";
      ctx.report({ status: "pass", message: `gRPC requires and verifies client certificates${how} against certificate-authority ${ca.value}.`, path, at: request?.node ?? ca.node });
    }
  },
});
