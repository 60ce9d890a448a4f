#!/usr/bin/env bash
# Releases the packages (CONTRIBUTING.md, "Releases"): versions and changelogs from the changesets,
# install, lint, typecheck, build, the package checks and the tests, then publish with provenance.
#
#   scripts/release.sh            release from this clone: run it in CI on main, where npm's
#                                 provenance can be generated (it needs the CI's OIDC identity)
#   scripts/release.sh --dry-run  rehearse it all in a temporary clone of HEAD and publish nothing:
#                                 prints the changelogs written and what each tarball would hold
set -euo pipefail
cd "$(dirname "$0")/.."

dry_run=false
[ "${1:-}" = "--dry-run" ] && dry_run=true

say() { echo "::: $*"; }

if ! git diff --quiet HEAD --; then
  say "the work tree has changes that are not committed; commit or stash them first"
  exit 1
fi
if ! ls .changeset/*.md 2>/dev/null | grep -qv README.md; then
  say "no changesets: nothing to release"
  exit 1
fi

if $dry_run; then
  rehearsal=$(mktemp -d)
  say "rehearsing in ${rehearsal}"
  git clone --quiet . "$rehearsal"
  cd "$rehearsal"
  pnpm install --frozen-lockfile --prefer-offline >/dev/null
fi

say "versions and changelogs from the changesets"
pnpm changeset version
pnpm install --no-frozen-lockfile --prefer-offline >/dev/null

say "checks"
pnpm lint
pnpm typecheck
pnpm build
pnpm check:packages
pnpm test

if $dry_run; then
  for changelog in packages/*/CHANGELOG.md; do
    say "$changelog"
    sed -n '1,40p' "$changelog"
  done
  say "what would be published"
  for pkg in packages/*/; do
    (cd "$pkg" && pnpm pack --dry-run >"$rehearsal/pack.txt" 2>&1 && echo "$(grep -m1 '@cja-kit/' "$rehearsal/pack.txt"): $(sed -n '/Tarball Contents/,$p' "$rehearsal/pack.txt" | tail -n +2 | grep -c .) files")
  done
  say "dry run: nothing was published; the rehearsal is in ${rehearsal}"
  exit 0
fi

say "publishing with provenance"
git add -A
git commit -m "Release $(node -p 'require("./packages/core/package.json").version')"
NPM_CONFIG_PROVENANCE=true pnpm changeset publish
git push --follow-tags
