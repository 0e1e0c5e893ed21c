#!/usr/bin/env bash
# Runs the packages with real-time tests (the browser's flows under teatest,
# the binary in tmux) three times with the race detector while busy loops
# keep every core busy: a suite that passes here passes on a busy CI machine.
#
#   scripts/stress-tests.sh                 # go test -race -count=3 ./ui/... ./cmd/...
#   scripts/stress-tests.sh -run Flow       # more go test flags
#   LOAD=2 scripts/stress-tests.sh          # two busy loops a core
#
# Prints the cores, the load while the tests ran and how long they took.
# The busy loops end with the script, however it ends.
set -euo pipefail
cd "$(dirname "$0")/.."
cores=$(getconf _NPROCESSORS_ONLN)
loops=$((cores * ${LOAD:-1}))

pids=()
stop() {
	for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
	wait 2>/dev/null || true
}
trap stop EXIT
trap 'exit 130' INT TERM
for _ in $(seq "$loops"); do
	sh -c 'while :; do :; done' &
	pids+=("$!")
done
echo "== $loops busy loops on $cores cores (load average before: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown))"

start=$SECONDS
status=0
# Three runs on starved cores take far longer than go test's 10 minutes a package.
go test -race -count=3 -timeout 60m "$@" ./ui/... ./cmd/... || status=$?
echo "== go test -race -count=3 ./ui/... ./cmd/...: exit $status after $((SECONDS - start)) s; load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
exit "$status"
