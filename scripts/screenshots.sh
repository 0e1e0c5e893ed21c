#!/usr/bin/env bash
# Makes the README's screenshots from the real program: builds briefing,
# runs it in a private tmux server at fixed sizes with a fixed date
# (--today 2026-11-23), sends the keys of each scene, captures the screen
# with its colours (tmux capture-pane -p -e) and turns it into SVG with
# scripts/ansi2svg. Run it again after changing the UI or the content:
#
#   scripts/screenshots.sh              # writes docs/screenshots/*.svg
#   OUT=/tmp/shots scripts/screenshots.sh
#   PNG=1 scripts/screenshots.sh        # also PNGs, with rsvg-convert
#
# Needs tmux (apt-get install -y tmux) and Go.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${OUT:-docs/screenshots}
command -v tmux >/dev/null || { echo "screenshots.sh needs tmux" >&2; exit 1; }
mkdir -p "$OUT"

work=$(mktemp -d)
sock="briefing-shots-$$"
cleanup() {
	tmux -L "$sock" kill-server 2>/dev/null || true
	rm -rf "$work"
}
trap cleanup EXIT

go build -o "$work/briefing" ./cmd/briefing
go build -o "$work/ansi2svg" ./scripts/ansi2svg
mkdir -p "$work/data" # an empty notes directory: no personal notes in the pictures
# A session that lives as long as the script, so that the server does not
# shut down (and race the next shot) each time a shot's session ends.
tmux -L "$sock" -f /dev/null new-session -d -s keep

# shot NAME COLS ROWS THEME TITLE ENV... -- KEYS...
# Each key argument is sent with tmux send-keys (so "Enter", "Tab", "j"
# work); "sleep:N" waits N seconds, "type:TEXT" types TEXT literally.
shot() {
	local name=$1 cols=$2 rows=$3 theme=$4 title=$5
	shift 5
	local env=()
	while [ "$1" != "--" ]; do env+=("$1"); shift; done
	shift
	local args=(--today 2026-11-23 --data "$work/data")
	case "$theme" in dark | light) args+=(--theme "$theme") ;; esac
	tmux -L "$sock" -f /dev/null new-session -d -s shot -x "$cols" -y "$rows" \
		env -i PATH="$PATH" HOME="$work" LANG=C.UTF-8 COLORTERM=truecolor TERM=xterm-256color "${env[@]}" \
		"$work/briefing" "${args[@]}"
	tmux -L "$sock" set-option -t shot status off >/dev/null
	tmux -L "$sock" resize-window -t shot -x "$cols" -y "$rows" >/dev/null 2>&1 || true
	sleep 1.5
	for key in "$@"; do
		case "$key" in
		sleep:*) sleep "${key#sleep:}" ;;
		type:*) tmux -L "$sock" send-keys -t shot -l "${key#type:}" ;;
		*) tmux -L "$sock" send-keys -t shot "$key" ;;
		esac
		sleep 0.3
	done
	sleep 1
	local bg=dark
	[ "$theme" = light ] && bg=light
	tmux -L "$sock" capture-pane -t shot -p -e -N >"$work/$name.ans"
	"$work/ansi2svg" -cols "$cols" -rows "$rows" -theme "$bg" -title "$title" <"$work/$name.ans" >"$OUT/$name.svg"
	tmux -L "$sock" kill-session -t shot
	if [ -n "${PNG:-}" ] && command -v rsvg-convert >/dev/null; then
		rsvg-convert -o "$OUT/$name.png" "$OUT/$name.svg"
	fi
	echo "$OUT/$name.svg"
}

# Areas, actions and the detail side by side: Semiconductors, SEMI-1.
shot areas 130 36 dark "briefing — priority areas" -- j Enter
# The timeline around the Councils.
shot timeline 130 36 dark "briefing — timeline" -- 2 sleep:0.5 G
# Search from anywhere: the results follow each key.
shot search 130 36 dark "briefing — search" -- / type:codeweek sleep:0.8
# The tracker: every joint action and where it stands, on a light terminal.
shot tracker-light 130 36 light "briefing — tracker (light terminal)" -- 7
# Councils at 80x24: the delta before the next meeting.
shot councils-80x24 80 24 dark "briefing — councils, 80×24" -- 8
# The accessible mode (TERM=dumb): plain numbered lines for screen readers.
shot accessible 100 30 none "briefing — accessible mode (TERM=dumb)" TERM=dumb -- 5 Enter type:codeweek Enter
