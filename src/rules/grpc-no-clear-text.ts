import { createRule } from "../engine/create-rule.js";
import { GRPC_COMMAND, GRPC_PATH, grpcService } from "../views/grpc.js";

export default createRule({
  meta: {
    id: "grpc-no-clear-text",
    title: "gRPC is not served in clear text or without authentication",
    severity: "critical",
    controls: ["Juniper: gRPC services (ssl)", "NIST SP 800-53 SC-8", "NIST SP 800-53 IA-2"],
    rationale:
      "`grpc clear-text` serves gNMI/gNOI without TLS (credentials and configuration in the clear) and `grpc skip-authentication` accepts calls without any credentials: either hands the device to anyone who can reach the port.",
    remediation: [
      `delete ${GRPC_COMMAND} clear-text`,
      `delete ${GRPC_COMMAND} skip-authentication`,
      `set ${GRPC_COMMAND} ssl local-certificate <id>`,
    ],
  },
  check(ctx) {
    const grpc = grpcService(ctx.config);
    if (grpc === undefined) {
      ctx.report({ status: "not-applicable", message: "gRPC is not configured (no system services extension-service request-response grpc).", path: [...GRPC_PATH] });
      return;
    }
    const offenders = [
      { node: grpc.clearText, name: "clear-text", what: "serves gRPC without TLS" },
      { node: grpc.skipAuthentication, name: "skip-authentication", what: "accepts gRPC calls without authentication" },
    ];
    let failed = false;
    for (const o of offenders) {
      if (o.node === undefined) continue;
      failed = true;
      ctx.report({ status: "fail", message: `gRPC ${o.name} is configured: the device ${o.what}; expected \`delete ${GRPC_COMMAND} ${o.name}\` and gRPC over ssl only.`, path: [...grpc.path, o.name], object: o.name, at: o.node });
    }
    if (!failed) ctx.report({ status: "pass", message: "gRPC has neither clear-text nor skip-authentication.", path: grpc.path, at: grpc.node });
  },
});
