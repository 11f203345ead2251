/**
 * View of `system login` users and the remote-authentication facts that decide whether a username
 * without a local account can still log in (LDAP + template accounts).
 */
import { childNamed, find, words, type ConfigNode } from "../model/config-tree.js";
import { entriesOf, leafOf, type Leaf } from "./util.js";

/** Predefined Junos login class holding every permission. */
export const ADMIN_CLASS = "super-user";

export interface LoginUser {
  name: string;
  node: ConfigNode;
  /** `class <name>`, when set. */
  className?: Leaf | undefined;
  /** Has an `authentication` block (password or keys): a real account rather than a template. */
  hasAuthentication: boolean;
}

export function loginUsers(config: ConfigNode): LoginUser[] {
  return entriesOf(find(config, words("system login")), "user").map(({ name, node }) => ({
    name,
    node,
    className: leafOf(node, "class"),
    hasAuthentication: childNamed(node, "authentication") !== undefined,
  }));
}

/** `system ldap-server` is configured (LDAPS user authentication, Junos 20.2R1 and later). */
export function ldapConfigured(config: ConfigNode): boolean {
  return find(config, words("system ldap-server")) !== undefined;
}

/** Template accounts: users with a class and no authentication block, and `remote`. */
export function templateUsers(users: readonly LoginUser[]): LoginUser[] {
  return users.filter((u) => u.className !== undefined && (u.name === "remote" || !u.hasAuthentication));
}

/** Classes that hold every permission: super-user and any `system login class` with `permissions all`. */
export function adminClasses(config: ConfigNode): Set<string> {
  const out = new Set<string>([ADMIN_CLASS]);
  for (const c of entriesOf(find(config, words("system login")), "class")) {
    const permissions = childNamed(c.node, "permissions");
    if (permissions !== undefined && childNamed(permissions, "all") !== undefined) out.add(c.name);
  }
  return out;
}
