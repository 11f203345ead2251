#!/bin/sh
# Validates SARIF files with the SARIF Multitool's SARIF and GitHub rule kinds and fails on any error.
#   scripts/sarif-validate.sh report.sarif [more.sarif...]
# `npx @microsoft/sarif-multitool validate --rule-kind Sarif --rule-kind Gh` does not work as written:
# the wrapper runs the tool through a shell (so "Sarif;Gh" must be quoted twice) and the option does
# not repeat. This calls the platform binary directly, making it executable if npm left it without +x.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
case "$(uname -s)" in
  Darwin) platform=darwin ;;
  *) platform=linux ;;
esac
tool="$here/node_modules/@microsoft/sarif-multitool-$platform/Sarif.Multitool"
[ -f "$tool" ] || { echo "sarif-validate: $tool not found (npm ci installs it)" >&2; exit 2; }
[ -x "$tool" ] || chmod +x "$tool"
status=0
for file in "$@"; do
  out=$("$tool" validate --rule-kind "Sarif;Gh" "$file" 2>&1) || status=1
  printf '%s\n' "$out"
  if printf '%s\n' "$out" | grep -Eq ': error [A-Z]+[0-9]+'; then status=1; fi
done
exit $status
