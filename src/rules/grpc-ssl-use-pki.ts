import { createRule } from "../engine/create-rule.js";
import { GRPC_COMMAND, grpcSslOrNotApplicable } from "../views/grpc.js";

export default createRule({
  meta: {
    id: "grpc-ssl-use-pki",
    title: "gRPC takes its certificate from the PKI (use-pki)",
    severity: "low",
    controls: ["Juniper: gRPC services (ssl use-pki, Junos 22.2+)", "Juniper: gNOI certificate management"],
    rationale:
      "Without `use-pki` the gRPC `local-certificate` names a `security certificates local` entry that holds the private key in the configuration: gNOI CertificateManagement cannot rotate it and the PKI cannot check its revocation or warn of its expiry.",
    remediation: [`set ${GRPC_COMMAND} ssl use-pki`, `set ${GRPC_COMMAND} ssl local-certificate <pki-certificate-id>`],
  },
  check(ctx) {
    const ssl = grpcSslOrNotApplicable(ctx);
    if (ssl === undefined) return;
    if (ssl.usePki === undefined) {
      ctx.report({ status: "fail", message: `gRPC ssl lacks use-pki: its local-certificate is a "security certificates local" entry that gNOI cannot rotate nor the PKI revocation-check; expected \`set ${GRPC_COMMAND} ssl use-pki\`.`, path: [...ssl.path, "use-pki"] });
    } else {
      ctx.report({ status: "pass", message: "gRPC ssl uses certificates from the PKI (use-pki).", path: [...ssl.path, "use-pki"], at: ssl.usePki });
    }
  },
});
