/** Canned device replies for the loopback simulators (tests, bench, demos). */
export const JUNOS_NS = "http://xml.juniper.net/junos/23.4R1/junos";

export function sampleConfiguration(hostName: string, localCertificate = "netconf-server-cert"): string {
  return [
    `<configuration junos:changed-seconds="1700000000" junos:changed-localtime="2023-11-14 22:13:20 UTC">`,
    `  <version>23.4R1.10</version>`,
    `  <system>`,
    `    <host-name>${hostName}</host-name>`,
    `    <services>`,
    `      <netconf>`,
    `        <tls>`,
    // An empty id models a configuration that names no local certificate.
    ...(localCertificate === "" ? [] : [`          <local-certificate>${localCertificate}</local-certificate>`]),
    `          <default-client-identity><map-type>specified</map-type><username>auditor</username></default-client-identity>`,
    `        </tls>`,
    `      </netconf>`,
    `    </services>`,
    `  </system>`,
    `</configuration>`,
  ].join("\n");
}

export function samplePkiReply(identifier: string): string {
  return [
    `<x509-pki-certificate-info-list xmlns="http://xml.juniper.net/junos/23.4R1/junos-pki">`,
    `  <x509-certificate-info junos:style="detail">`,
    `    <identifier>${identifier}</identifier>`,
    `    <validity><not-before>01- 1-2024 00:00 UTC</not-before><not-after>01- 1-2034 00:00 UTC</not-after></validity>`,
    `    <public-key><public-key-algorithm>rsaEncryption</public-key-algorithm><public-key-length>2048</public-key-length></public-key>`,
    `    <signature-algorithm>sha256WithRSAEncryption</signature-algorithm>`,
    `  </x509-certificate-info>`,
    `</x509-pki-certificate-info-list>`,
  ].join("\n");
}

export function rpcReply(messageId: string | undefined, body: string): string {
  const id = messageId === undefined ? "" : ` message-id="${messageId}"`;
  return `<rpc-reply xmlns="urn:ietf:params:xml:ns:netconf:base:1.0" xmlns:junos="${JUNOS_NS}"${id}>\n${body}\n</rpc-reply>`;
}

export function rpcErrorReply(messageId: string | undefined, message: string): string {
  return rpcReply(
    messageId,
    `<rpc-error><error-type>protocol</error-type><error-tag>operation-failed</error-tag>` +
      `<error-severity>error</error-severity><error-message>${message}</error-message></rpc-error>`,
  );
}
