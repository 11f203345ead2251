/**
 * Evaluate benchmark: the whole rule catalogue over synthetic fleet configurations (large
 * interface and routing-instance hierarchies plus every management service the rules read),
 * against the parse time of the same text as baseline: warm-up, then best of 5.
 * Target: evaluating every rule ≤ 25 % of parsing the configuration.
 */
import { evaluate } from "../engine/evaluate.js";
import { normalizeInPlace } from "../normalize/index.js";
import { parseConfig } from "../parse/index.js";
import { rules } from "../rules/index.js";
import { syntheticConfig } from "./normalize.js";

const DEVICES = 8;
const ROUNDS = 5;

/** Management services, PKI and syslog over TLS, so that every rule has something to judge. */
const SERVICES = `
system {
    services {
        rest { http; https { server-certificate rest-cert; cipher-list [ ecdhe-rsa-with-aes-256-gcm-sha384 rsa-with-aes-128-cbc-sha ]; mutual-authentication { certificate-authority CORP-CA; } } control { allowed-sources [ 10.0.0.1 10.0.0.2 ]; } }
        netconf { tls { local-certificate nc-cert; client-identity nms { fingerprint 04:${"ab:".repeat(31)}ab; map-type specified; username ops1; } default-client-identity { map-type specified; username ops2; } } }
        extension-service { request-response { grpc { ssl { local-certificate grpc-cert; use-pki; mutual-authentication { certificate-authority gnoi-ca-bundle; } } } } }
        web-management { https { system-generated-certificate; } }
        xnm-clear-text;
    }
    syslog { host 192.0.2.9 { tlsdetails { mutual-authentication { certificate-authority CORP-CA; } } } }
}
security {
    pki {
        ca-profile CORP-CA { ca-identity CORP-CA; revocation-check { crl { url http://pki.example.net/corp.crl; disable { on-download-failure; } } } }
        ca-profile LAB-CA { ca-identity LAB-CA; revocation-check { disable; } }
        trusted-ca-group TRUST { ca-profiles [ CORP-CA LAB-CA ]; }
    }
}
`;

function time<T>(work: () => T): [number, T] {
  const start = process.hrtime.bigint();
  const result = work();
  return [Number(process.hrtime.bigint() - start) / 1e6, result];
}

export async function run(): Promise<void> {
  const texts = Array.from({ length: DEVICES }, (_, d) => syntheticConfig(d, 1500, 400) + SERVICES);
  const settings = { now: new Date("2025-06-01T00:00:00Z"), expiryWarningDays: 60 };
  const gc = (globalThis as { gc?: () => void }).gc;
  let bestParse = Infinity;
  let bestEvaluate = Infinity;
  let results = 0;
  for (let round = 0; round <= ROUNDS; round++) {
    gc?.();
    const [parseMs, trees] = time(() => texts.map((t, i) => parseConfig(t, `bench-${i}.conf`, "curly").root!));
    const configs = trees.map((t) => normalizeInPlace(t).root);
    gc?.();
    const [evaluateMs, all] = time(() => configs.map((config, i) => evaluate(rules, { device: `bench-${i}`, config, evidence: undefined, settings })));
    if (round === 0) {
      results = all.reduce((n, r) => n + r.length, 0);
      continue;
    }
    bestParse = Math.min(bestParse, parseMs);
    bestEvaluate = Math.min(bestEvaluate, evaluateMs);
  }
  const ratio = bestEvaluate / bestParse;
  console.log(`${DEVICES} synthetic devices, ${rules.length} rules, ${results} results`);
  console.log(`parse (baseline)  best ${bestParse.toFixed(0)} ms`);
  console.log(`evaluate          best ${bestEvaluate.toFixed(1)} ms  (${(ratio * 100).toFixed(1)} % of parse)`);
  console.log(`target: evaluate ≤ 25 % of parse — ${ratio <= 0.25 ? "met" : "NOT met"}`);
}
