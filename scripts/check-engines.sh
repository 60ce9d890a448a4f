#!/usr/bin/env bash
# Installs the packed packages into a fresh npm project with `npm install --engine-strict` under
# the Node on PATH, and checks the outcome against what each package declares in `engines`: an
# install that npm refuses on a line the package declares (a dependency needing a newer Node) or
# accepts on one it does not, fails. Usage: scripts/check-engines.sh TARBALL_DIR
# (the tarballs of `pnpm pack`, one per package). Needs the npm registry for the dependencies.
set -euo pipefail
packs=$(cd "$1" && pwd)
node_version=$(node --version)
failed=0
# npm's own folder (the Node on PATH may not have one of its own): its semver reads the ranges.
npm_dir=$(dirname "$(dirname "$(realpath "$(command -v npm)")")")

# Whether the package in a tarball declares the running Node, by npm's own semver.
declares() {
  local manifest
  manifest=$(tar -xzOf "$1" package/package.json)
  MANIFEST="$manifest" node -e '
    const semver = require(require("node:path").join(process.argv[1], "node_modules", "semver"));
    const range = JSON.parse(process.env.MANIFEST).engines?.node ?? "*";
    process.exit(semver.satisfies(process.version, range) ? 0 : 1);
  ' "$npm_dir"
}

# The tarballs of the @cja-kit packages a packed package depends on (none of them is published yet).
own_dependencies() {
  tar -xzOf "$1" package/package.json | node -e '
    const manifest = JSON.parse(require("node:fs").readFileSync(0, "utf8"));
    for (const name of Object.keys(manifest.dependencies ?? {}))
      if (name.startsWith("@cja-kit/")) console.log(name.slice("@cja-kit/".length));
  ' | while read -r name; do ls "$packs"/cja-kit-"$name"-*.tgz; done
}

# npm install --engine-strict of a package, with the @cja-kit packages it depends on from their
# tarballs (core, which every adapter depends on, always).
installs() {
  local project
  project=$(mktemp -d)
  # shellcheck disable=SC2046 # one tarball path a line, no spaces
  (cd "$project" && npm init -y >/dev/null && npm install --engine-strict --no-audit --no-fund --loglevel=error \
    "$packs"/cja-kit-core-*.tgz $(own_dependencies "$1") "$1" >"$project/npm.log" 2>&1) && rm -rf "$project" && return 0
  sed -n '1,12p' "$project/npm.log" | sed 's/^/    /'
  rm -rf "$project"
  return 1
}

for tarball in "$packs"/cja-kit-*.tgz; do
  name=$(basename "$tarball" .tgz)
  if declares "$tarball"; then expected=installs; else expected=refused; fi
  if installs "$tarball"; then outcome=installs; else outcome=refused; fi
  if [ "$expected" = "$outcome" ]; then
    echo "  ${name} on Node ${node_version}: ${outcome}, as its engines declare"
  else
    echo "  ${name} on Node ${node_version}: ${outcome}, but by its engines it should be ${expected/installs/installed}"
    failed=1
  fi
done
exit "$failed"
