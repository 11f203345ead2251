/**
 * The rule registry: every rule, keyed by id, in sorted order. Explicit on purpose (no directory
 * scan, no side-effect registration); test/rules/registry.test.ts keeps it in step with the files,
 * the docs and spec/RULES.md.
 */
import type { Rule } from "../engine/types.js";
import certKeyStrength from "./cert-key-strength.js";
import certNotSelfSigned from "./cert-not-self-signed.js";
import certSignatureHash from "./cert-signature-hash.js";
import certValidity from "./cert-validity.js";
import grpcNoClearText from "./grpc-no-clear-text.js";
import grpcSslHotReloading from "./grpc-ssl-hot-reloading.js";
import grpcSslMutualAuth from "./grpc-ssl-mutual-auth.js";
import grpcSslUsePki from "./grpc-ssl-use-pki.js";
import netconfTlsClientMapping from "./netconf-tls-client-mapping.js";
import netconfTlsDefaultIdentityPrivilege from "./netconf-tls-default-identity-privilege.js";
import netconfTlsFingerprintFormat from "./netconf-tls-fingerprint-format.js";
import netconfTlsFingerprintHash from "./netconf-tls-fingerprint-hash.js";
import netconfTlsFingerprintUnique from "./netconf-tls-fingerprint-unique.js";
import netconfTlsLocalCertificate from "./netconf-tls-local-certificate.js";
import netconfTlsMapType from "./netconf-tls-map-type.js";
import netconfTlsRsaCertificate from "./netconf-tls-rsa-certificate.js";
import netconfTlsUsernameExists from "./netconf-tls-username-exists.js";
import pkiCaProfileExists from "./pki-ca-profile-exists.js";
import pkiCaRevocationCheck from "./pki-ca-revocation-check.js";
import pkiRevocationFailClosed from "./pki-revocation-fail-closed.js";
import restAllowedSources from "./rest-allowed-sources.js";
import restConnectionLimit from "./rest-connection-limit.js";
import restExplorerDisabled from "./rest-explorer-disabled.js";
import restHttpsCipherList from "./rest-https-cipher-list.js";
import restHttpsCipherSuiteB from "./rest-https-cipher-suite-b.js";
import restHttpsEnabled from "./rest-https-enabled.js";
import restHttpsMutualAuth from "./rest-https-mutual-auth.js";
import restHttpsPkiCertificate from "./rest-https-pki-certificate.js";
import restNoHttp from "./rest-no-http.js";
import restServiceAddress from "./rest-service-address.js";
import webManagementNoHttp from "./web-management-no-http.js";
import webManagementPkiCertificate from "./web-management-pki-certificate.js";
import xnmNoClearText from "./xnm-no-clear-text.js";

/** Sorted by id. The keys are the public rule ids (RULES.md); each equals its module's file name. */
export const registry = {
  "cert-key-strength": certKeyStrength,
  "cert-not-self-signed": certNotSelfSigned,
  "cert-signature-hash": certSignatureHash,
  "cert-validity": certValidity,
  "grpc-no-clear-text": grpcNoClearText,
  "grpc-ssl-hot-reloading": grpcSslHotReloading,
  "grpc-ssl-mutual-auth": grpcSslMutualAuth,
  "grpc-ssl-use-pki": grpcSslUsePki,
  "netconf-tls-client-mapping": netconfTlsClientMapping,
  "netconf-tls-default-identity-privilege": netconfTlsDefaultIdentityPrivilege,
  "netconf-tls-fingerprint-format": netconfTlsFingerprintFormat,
  "netconf-tls-fingerprint-hash": netconfTlsFingerprintHash,
  "netconf-tls-fingerprint-unique": netconfTlsFingerprintUnique,
  "netconf-tls-local-certificate": netconfTlsLocalCertificate,
  "netconf-tls-map-type": netconfTlsMapType,
  "netconf-tls-rsa-certificate": netconfTlsRsaCertificate,
  "netconf-tls-username-exists": netconfTlsUsernameExists,
  "pki-ca-profile-exists": pkiCaProfileExists,
  "pki-ca-revocation-check": pkiCaRevocationCheck,
  "pki-revocation-fail-closed": pkiRevocationFailClosed,
  "rest-allowed-sources": restAllowedSources,
  "rest-connection-limit": restConnectionLimit,
  "rest-explorer-disabled": restExplorerDisabled,
  "rest-https-cipher-list": restHttpsCipherList,
  "rest-https-cipher-suite-b": restHttpsCipherSuiteB,
  "rest-https-enabled": restHttpsEnabled,
  "rest-https-mutual-auth": restHttpsMutualAuth,
  "rest-https-pki-certificate": restHttpsPkiCertificate,
  "rest-no-http": restNoHttp,
  "rest-service-address": restServiceAddress,
  "web-management-no-http": webManagementNoHttp,
  "web-management-pki-certificate": webManagementPkiCertificate,
  "xnm-no-clear-text": xnmNoClearText,
} as const satisfies Record<string, Rule>;

export type RuleId = keyof typeof registry;

/** Every rule id, sorted. */
export const RULE_IDS = Object.keys(registry) as RuleId[];

/** Every rule, in id order. */
export const rules: readonly Rule[] = Object.values(registry);

export function ruleById(id: string): Rule | undefined {
  return Object.hasOwn(registry, id) ? registry[id as RuleId] : undefined;
}
