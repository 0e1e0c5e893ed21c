#!/usr/bin/env bash
# Checks the release as goreleaser builds it, with nothing installed but Go
# and git:
#  1. goreleaser at the pinned version, installed when missing (.ci/goreleaser);
#  2. `goreleaser check` of .goreleaser.yaml;
#  3. a snapshot of HEAD, built in a fresh clone, and every archive checked:
#     the files it holds (binary, LICENSE, content/LICENSE, README, content
#     format, completions, man page), each binary's format, architecture
#     and size (stripped, at most 20 MB), checksums.txt, and what the native
#     binary's `version` says;
#  4. the snapshot built again in a second clone: the same archives; and the
#     native binary once more with an empty build cache: the same bytes.
# Steps 3 and 4 are cmd/briefing's TestReleaseSnapshot. Uncommitted changes
# are not in the snapshot: commit first. Minutes with a warm build cache;
# ten or more the first time on two busy cores.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$SECONDS

echo "== goreleaser check"
.ci/goreleaser check

echo "== snapshot of $(git rev-parse --short HEAD), every archive checked, then rebuilt"
if [ -n "$(git status --porcelain --untracked-files=no)" ]; then
	echo "note: the working tree has uncommitted changes; the snapshot builds HEAD without them"
fi
BRIEFING_RELEASE_CHECK=1 go test -count=1 -timeout 60m -run '^TestReleaseSnapshot$' -v ./cmd/briefing

echo "== release check passed in $((SECONDS - start)) s"
