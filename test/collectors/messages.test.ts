import { describe, expect, it } from "vitest";
import { CAP_BASE_11, hasCapability, messageHead, parseHello, rpcErrors } from "../../src/collectors/netconf/messages.js";

describe("NETCONF message facts", () => {
  it("reads the root element and message-id after an XML declaration and Junos comments", () => {
    const text = `<?xml version="1.0"?>\n<!-- user auditor, class audit -->\n<nc:rpc-reply xmlns:nc="urn:ietf:params:xml:ns:netconf:base:1.0" message-id='7'><ok/></nc:rpc-reply>`;
    expect(messageHead(text)).toEqual({ root: "rpc-reply", messageId: "7" });
    expect(messageHead("SSH-2.0-OpenSSH")).toBeUndefined();
  });

  it("reads capabilities (with parameters) and the session id", () => {
    const hello = parseHello(
      `<hello><capabilities><capability>urn:ietf:params:netconf:base:1.1</capability>` +
        `<capability>urn:ietf:params:netconf:capability:url:1.0?scheme=http,ftp&amp;x=y</capability></capabilities><session-id>42</session-id></hello>`,
    );
    expect(hello.sessionId).toBe("42");
    expect(hello.capabilities[1]).toBe("urn:ietf:params:netconf:capability:url:1.0?scheme=http,ftp&x=y");
    expect(hasCapability(hello.capabilities, CAP_BASE_11)).toBe(true);
    expect(hasCapability(["urn:ietf:params:netconf:base:1.1?foo=bar"], CAP_BASE_11)).toBe(true);
    expect(hasCapability(["urn:ietf:params:netconf:base:1.10"], CAP_BASE_11)).toBe(false);
  });

  it("surfaces rpc-errors of severity error, ignores warnings", () => {
    const reply =
      `<rpc-reply><rpc-error><error-severity>warning</error-severity><error-message>statement deprecated</error-message></rpc-error>` +
      `<rpc-error><error-type>application</error-type><error-tag>access-denied</error-tag><error-severity>error</error-severity>` +
      `<error-message>\n  permission denied &amp; logged\n</error-message></rpc-error>` +
      `<rpc-error><error-tag>operation-failed</error-tag><error-severity>error</error-severity></rpc-error></rpc-reply>`;
    expect(rpcErrors(reply)).toEqual(["permission denied & logged", "rpc-error operation-failed"]);
    expect(rpcErrors("<rpc-reply><configuration/></rpc-reply>")).toEqual([]);
  });
});
