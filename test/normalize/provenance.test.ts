import { describe, expect, it } from "vitest";
import { find, words } from "../../src/model/config-tree.js";
import { normalize } from "../../src/normalize/index.js";
import { toSetLines } from "../../src/normalize/set-lines.js";
import { parseText } from "./helpers.js";

const CONFIG = [
  "set system host-name r1", //                                        1
  "set groups G1 apply-groups G2", //                                  2
  "set groups G2 interfaces <*> unit 0 apply-groups G3", //            3
  "set groups G3 interfaces <*> unit <*> family inet mtu 1400", //     4
  "set groups G1 system services netconf ssh", //                       5
  "set groups G1 system login user <*> class read-only", //            6
  "set interfaces em0 description uplink", //                          7
  "set system login user ops uid 2001", //                             8
  "set apply-groups G1", //                                            9
].join("\n");

describe("inheritance provenance", () => {
  const { root } = parseText(CONFIG, "r1.set", "set");
  const effective = normalize(root).root;

  it("marks a copied node with its group and the apply-groups word, keeping its line in the group", () => {
    const ssh = find(effective, words("system services netconf ssh"));
    expect(ssh?.line).toBe(5);
    expect(ssh?.inherited?.group).toBe("G1");
    expect(ssh?.inherited?.applyLine).toBe(9);
    expect(ssh?.inherited?.applySource.uri).toBe("r1.set");
    expect(find(effective, words("system services netconf"))?.inherited?.group).toBe("G1");
  });

  it("leaves local nodes local even where a group adds below them", () => {
    expect(find(effective, ["system"])?.inherited).toBeUndefined();
    expect(find(effective, words("system login user ops"))?.inherited).toBeUndefined();
    const cls = find(effective, words("system login user ops class"));
    expect(cls?.inherited).toMatchObject({ group: "G1", applyLine: 9 });
    expect(cls?.line).toBe(6);
  });

  it("points chained groups at the apply-groups statement inside the group that applied them", () => {
    const unit = find(effective, words("interfaces em0 unit 0"));
    expect(unit?.inherited).toMatchObject({ group: "G2", applyLine: 2 });
    const mtu = find(effective, words("interfaces em0 unit 0 family inet mtu"));
    expect(mtu?.inherited).toMatchObject({ group: "G3", applyLine: 3 });
    expect(mtu?.line).toBe(4);
  });

  it("prints provenance on set lines when asked", () => {
    const lines = toSetLines(effective, { provenance: true });
    expect(lines).toContain("set system services netconf ssh ## inherited from group 'G1' (apply-groups at r1.set:9)");
    expect(lines).toContain("set interfaces em0 description uplink");
  });

  it("does not change the raw tree", () => {
    const before = toSetLines(root);
    normalize(root);
    expect(toSetLines(root)).toEqual(before);
    expect(before).toContain("set groups G1 apply-groups G2");
    expect(find(root, words("interfaces em0 unit"))).toBeUndefined();
  });
});
