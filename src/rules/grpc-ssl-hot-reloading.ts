import { createRule } from "../engine/create-rule.js";
import { GRPC_COMMAND, grpcSslOrNotApplicable } from "../views/grpc.js";

export default createRule({
  meta: {
    id: "grpc-ssl-hot-reloading",
    title: "gRPC keeps sessions across certificate updates (hot-reloading)",
    severity: "low",
    controls: ["Juniper: gRPC services (ssl hot-reloading, Junos 22.1+)", "Juniper: gNOI certificate management"],
    rationale:
      "Without `hot-reloading` every certificate update, including a gNOI Rotate(), terminates all gRPC sessions; operators then postpone rotation and certificates outlive their intended lifetime.",
    remediation: [`set ${GRPC_COMMAND} ssl hot-reloading`],
  },
  check(ctx) {
    const ssl = grpcSslOrNotApplicable(ctx);
    if (ssl === undefined) return;
    if (ssl.hotReloading === undefined) {
      ctx.report({ status: "fail", message: `gRPC ssl lacks hot-reloading: a certificate update (gNOI Rotate()) drops every gRPC session; expected \`set ${GRPC_COMMAND} ssl hot-reloading\`.`, path: [...ssl.path, "hot-reloading"] });
    } else {
      ctx.report({ status: "pass", message: "gRPC ssl keeps sessions across certificate updates (hot-reloading).", path: [...ssl.path, "hot-reloading"], at: ssl.hotReloading });
    }
  },
});
