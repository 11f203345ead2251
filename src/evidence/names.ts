/**
 * Distinguished names and signature algorithm names, as the certificate rules compare them.
 */
import type { HashName } from "../model/certificates.js";

/**
 * A DN string reduced for equality: attribute types upper-cased, values lower-cased, whitespace
 * around separators dropped, RDN order kept. "C=us, O=juniper, CN=Root" equals "c=US,o=Juniper,cn=root".
 */
export function normalizeDN(dn: string): string {
  return splitDN(dn)
    .map(([type, value]) => `${type.toUpperCase()}=${value.toLowerCase().replace(/\s+/g, " ")}`)
    .join(",");
}

/** RDN attributes of a "CN=a, O=b\, c" string as [type, value] pairs (escaped commas kept). */
export function splitDN(dn: string): Array<[string, string]> {
  const parts: string[] = [];
  let current = "";
  for (let index = 0; index < dn.length; index++) {
    const char = dn[index] ?? "";
    if (char === "\\" && index + 1 < dn.length) {
      current += dn[index + 1];
      index++;
    } else if (char === "," || char === "+") {
      parts.push(current);
      current = "";
    } else {
      current += char;
    }
  }
  parts.push(current);
  return parts
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
    .map((part) => {
      const equals = part.indexOf("=");
      return equals < 0 ? ["", part] : [part.slice(0, equals).trim(), part.slice(equals + 1).trim()];
    });
}

/** Signature algorithm OIDs → OpenSSL long names (the names PKI replies print). */
export const SIGNATURE_ALGORITHM_NAMES: Readonly<Record<string, string>> = {
  "1.2.840.113549.1.1.2": "md2WithRSAEncryption",
  "1.2.840.113549.1.1.4": "md5WithRSAEncryption",
  "1.2.840.113549.1.1.5": "sha1WithRSAEncryption",
  "1.2.840.113549.1.1.14": "sha224WithRSAEncryption",
  "1.2.840.113549.1.1.11": "sha256WithRSAEncryption",
  "1.2.840.113549.1.1.12": "sha384WithRSAEncryption",
  "1.2.840.113549.1.1.13": "sha512WithRSAEncryption",
  "1.2.840.113549.1.1.10": "rsassaPss",
  "1.2.840.10045.4.1": "ecdsa-with-SHA1",
  "1.2.840.10045.4.3.1": "ecdsa-with-SHA224",
  "1.2.840.10045.4.3.2": "ecdsa-with-SHA256",
  "1.2.840.10045.4.3.3": "ecdsa-with-SHA384",
  "1.2.840.10045.4.3.4": "ecdsa-with-SHA512",
  "1.2.840.10040.4.3": "dsaWithSHA1",
  "2.16.840.1.101.3.4.3.1": "dsa_with_SHA224",
  "2.16.840.1.101.3.4.3.2": "dsa_with_SHA256",
  "1.3.101.112": "ED25519",
  "1.3.101.113": "ED448",
};

/**
 * The hash inside a signature algorithm name: "sha256WithRSAEncryption" → "sha256",
 * "ecdsa-with-SHA1" → "sha1", "SHA-384" → "sha384", "md5WithRSAEncryption" → "md5".
 * undefined when the name carries no hash (Ed25519, or an unknown name).
 */
export function hashOfSignatureAlgorithm(name: string): HashName | string | undefined {
  const match = /(md2|md4|md5|sha-?(?:1|224|256|384|512))/i.exec(name);
  return match?.[1]?.toLowerCase().replace("-", "");
}
