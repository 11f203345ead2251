import { describe, expect, it } from "vitest";
import type { ReplyCertificate } from "../../src/evidence/pki-reply.js";
import { decideKind, evidenceName, kindFromFileName } from "../../src/evidence/reply-kind.js";

const certificate = (overrides: Partial<ReplyCertificate>): ReplyCertificate => ({
  identifier: "id",
  caProfile: undefined,
  kind: undefined,
  facts: {} as ReplyCertificate["facts"],
  ...overrides,
});

describe("kindFromFileName", () => {
  it.each([
    ["pki-ca-certificate.xml", "ca"],
    ["show-security-pki-ca-cert.xml", "ca"],
    ["CA_Certificates.xml", "ca"],
    ["ca.xml", "ca"],
    ["local-certificate.xml", "local"],
    ["pki_local_cert.xml", "local"],
    ["replies.xml", undefined],
    ["cacti.xml", undefined],
  ])("%s → %s", (name, kind) => {
    expect(kindFromFileName(name)).toBe(kind);
  });
});

describe("decideKind", () => {
  it("prefers certificate-type, then the echoed RPC, then the file name, then a ca-profile element", () => {
    expect(decideKind(certificate({ kind: "local" }), "ca", "ca-certificate.xml")).toEqual({ kind: "local", told: true });
    expect(decideKind(certificate({}), "ca", "local-certificate.xml")).toEqual({ kind: "ca", told: true });
    expect(decideKind(certificate({}), undefined, "ca-certificate.xml")).toEqual({ kind: "ca", told: true });
    expect(decideKind(certificate({ caProfile: "Root" }), undefined, "r1.xml")).toEqual({ kind: "ca", told: true });
    expect(decideKind(certificate({}), undefined, "r1.xml")).toEqual({ kind: "local", told: false });
  });

  it("files CA certificates under their ca-profile when the reply has one", () => {
    expect(evidenceName(certificate({ identifier: "Root-cert", caProfile: "Root" }), "ca")).toBe("Root");
    expect(evidenceName(certificate({ identifier: "Root" }), "ca")).toBe("Root");
    expect(evidenceName(certificate({ identifier: "nc", caProfile: "Root" }), "local")).toBe("nc");
  });
});
