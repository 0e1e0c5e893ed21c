#!/usr/bin/env bash
# Builds a synthetic content directory of N items (100000 by default) and
# times `briefing search` beside `fzf --filter` on the same text and queries.
#
#   scripts/bench-search.sh            # 100k items in a temporary directory
#   N=10000 DIR=/tmp/b10k scripts/bench-search.sh
#
# fzf gets one line per item (id, title, aliases, summary, body); briefing
# reads the directory. Two figures for briefing: the whole process (which
# loads and validates N files, then indexes them) and the search alone, as
# `--timing` reports it. The search alone is what a keystroke costs in the
# TUI, where the index is built once.
set -euo pipefail
N=${N:-100000}
DIR=${DIR:-$(mktemp -d)/content}
RUNS=${RUNS:-5}
cd "$(dirname "$0")/.."

for tool in fzf hyperfine; do
	command -v "$tool" >/dev/null || { echo "installing $tool"; apt-get install -y fzf hyperfine >/dev/null; }
done

bin=$(mktemp -d)/briefing
go build -o "$bin" ./cmd/briefing
if [ ! -d "$DIR" ] || [ -z "$(ls -A "$DIR" 2>/dev/null)" ]; then
	echo "generating $N items in $DIR"
	go run ./cmd/gencontent -n "$N" -o "$DIR"
fi
"$bin" validate "$DIR"

lines=$(dirname "$DIR")/lines.txt
# One line per item: the front matter's id, title, aliases, summary, then the body.
find "$DIR" -name '*.md' -print0 | xargs -0 awk '
	FNR == 1 { if (line != "") print line; line = ""; fm = 0 }
	/^---$/ { fm++; next }
	fm == 1 && /^(id|title|aliases|summary): / { sub(/^[a-z]+: /, ""); line = line " " $0; next }
	fm >= 2 { line = line " " $0 }
	END { if (line != "") print line }' > "$lines"
echo "text for fzf: $(wc -l < "$lines") lines, $(du -h "$lines" | cut -f1)"

ms() { python3 -c "import sys; print(f'{float(sys.argv[1])*1000:.1f}')" "$1"; }
printf '\n%-20s %12s %14s %14s %10s %10s\n' query "fzf (ms)" "briefing (ms)" "search (ms)" "ratio all" "ratio srch"
for q in "quantum research" "lithography" "știri" "semicondutor" "smcndctr"; do
	json=$(mktemp)
	hyperfine -i --runs "$RUNS" --warmup 1 --export-json "$json" \
		"fzf --filter '$q' < $lines > /dev/null" \
		"$bin --content $DIR search --limit 20 $q > /dev/null" >/dev/null
	read -r fzf_s all_s < <(python3 -c "import json,sys; r=json.load(open(sys.argv[1]))['results']; print(r[0]['median'], r[1]['median'])" "$json")
	search=$("$bin" --content "$DIR" search --timing --limit 20 $q 2>&1 >/dev/null | sed -n 's/.*search \([0-9.]*\)\(µs\|ms\|s\) .*/\1 \2/p')
	search_ms=$(python3 -c "import sys; v,u=sys.argv[1],sys.argv[2]; print(float(v)*{'µs':0.001,'ms':1,'s':1000}[u])" $search)
	printf '%-20s %12s %14s %14.1f %10s %10s\n' "$q" "$(ms "$fzf_s")" "$(ms "$all_s")" "$search_ms" \
		"$(python3 -c "import sys; print(f'{float(sys.argv[2])/float(sys.argv[1]):.2f}x')" "$fzf_s" "$all_s")" \
		"$(python3 -c "import sys; print(f'{float(sys.argv[2])/1000/float(sys.argv[1]):.2f}x')" "$fzf_s" "$search_ms")"
	rm -f "$json"
done
echo
echo "ratio = briefing time / fzf time: below 1 is faster than fzf."
