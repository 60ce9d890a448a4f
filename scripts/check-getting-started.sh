#!/usr/bin/env bash
# Follows docs/getting-started.md as a new user does, under the Node on PATH: in a fresh folder,
# runs the guide's shell block (its `npm install` given the packed tarballs instead of the
# registry's @cja-kit packages; zod still comes from the registry), saves the guide's TypeScript
# block as plan.ts, runs `node plan.ts` (Node 22.18 and later run TypeScript as it is), and checks
# that the Word file the guide names was written. Usage: scripts/check-getting-started.sh TARBALL_DIR
# (the tarballs of `pnpm pack`, one per package). Needs the npm registry for the dependencies.
set -euo pipefail
packs=$(cd "$1" && pwd)
guide="$(cd "$(dirname "$0")/.." && pwd)/docs/getting-started.md"
project=$(mktemp -d)
trap 'rm -rf "$project"' EXIT

# The body of the guide's first fenced block in a language (sh, ts).
block() {
  awk -v lang="$1" '
    !inside && $0 == "```" lang { inside = 1; next }
    inside && /^```/ { exit }
    inside { print }
  ' "$guide"
}

# `npm install @cja-kit/core …` with each @cja-kit package replaced by its tarball.
from_tarballs() {
  local line=$1 name tarball
  for name in $(grep -o '@cja-kit/[a-z-]*' <<<"$line" | sort -u); do
    tarball=$(ls "$packs"/cja-kit-"${name#@cja-kit/}"-*.tgz)
    line=${line//"$name"/"$tarball"}
  done
  echo "$line"
}

steps=$(block sh)
code=$(block ts)
if [ -z "$steps" ] || [ -z "$code" ]; then
  echo "  docs/getting-started.md has no sh or ts block to follow"
  exit 1
fi
cd "$project"
while IFS= read -r step; do
  [ -n "$step" ] || continue
  step=$(from_tarballs "$step")
  [[ "$step" != npm\ install* ]] || step="$step --no-audit --no-fund --loglevel=error"
  echo "  \$ ${step//"$packs"\//}"
  bash -c "$step" >npm.log 2>&1 || { sed -n '1,20p' npm.log | sed 's/^/    /'; exit 1; }
done <<<"$steps"
printf '%s\n' "$code" >plan.ts
echo "  \$ node plan.ts (Node $(node --version))"
node plan.ts | sed 's/^/    /'
written=$(grep -o '"[^"]*\.docx"' plan.ts | head -n 1 | tr -d '"')
# A .docx is a zip: it starts with the local file header "PK\3\4".
if [ "$(head -c 4 "$written" | od -An -tx1 | tr -d ' \n')" != "504b0304" ]; then
  echo "  the guide's code did not write ${written}"
  exit 1
fi
echo "  wrote ${written} ($(wc -c <"$written") bytes), as the guide says"
