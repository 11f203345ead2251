import { isAbsolute, relative, sep } from "node:path";
import { pathToFileURL } from "node:url";
import type { ArtifactLocation, PhysicalLocation } from "sarif";

export const SRCROOT = "%SRCROOT%";

function encodeSegments(path: string): string {
  return path.split("/").map(encodeURIComponent).join("/");
}

function isAbsolutePath(uri: string): boolean {
  return isAbsolute(uri) || /^[A-Za-z]:[\\/]/.test(uri);
}

/**
 * A report URI as a SARIF artifact location: relative URIs (the normal case) are percent-encoded per
 * segment and based on %SRCROOT%; an absolute path under `cwd` is made relative; any other absolute
 * path becomes a file: URI.
 */
export function artifactLocation(uri: string, cwd?: string): ArtifactLocation {
  let path = uri;
  if (isAbsolutePath(path)) {
    const inside = cwd === undefined ? undefined : relative(cwd, path);
    if (inside === undefined || inside.startsWith("..") || isAbsolute(inside)) return { uri: pathToFileURL(path).href };
    path = inside.split(sep).join("/");
  }
  return { uri: encodeSegments(path.replaceAll("\\", "/").replace(/^\.\//, "")), uriBaseId: SRCROOT };
}

export function physicalLocation(uri: string, line: number | undefined, cwd?: string): PhysicalLocation {
  const location: PhysicalLocation = { artifactLocation: artifactLocation(uri, cwd) };
  if (line !== undefined && line >= 1) location.region = { startLine: line };
  return location;
}

/** run.originalUriBaseIds: where %SRCROOT% is, when the run knows it. */
export function originalUriBaseIds(cwd?: string): Record<string, ArtifactLocation> {
  if (cwd === undefined) {
    return { [SRCROOT]: { description: { text: "The directory junos-audit ran in (in CI, the repository root)." } } };
  }
  const href = pathToFileURL(cwd).href;
  return { [SRCROOT]: { uri: href.endsWith("/") ? href : `${href}/` } };
}
