package render

import (
	"regexp"
	"strings"
)

// Glamour wraps a paragraph after any of " ,.;-+|", so an address or an id
// could be cut in the middle ("https://www.msit.go.kr/eng/bbs/view." /
// "do?…", "(see OV-" / "LEGAL)"). Before rendering, those marks inside an
// address or an id are swapped for stand-ins of the same width that are no
// break points (characters of a private-use plane, which no text of ours
// holds); after, they are swapped back. An address longer than the line is
// still cut, at the line's end: there is no other way to show it.
var (
	// wholeWord is an address, or an id: capitals and digits joined by
	// hyphens and dots (OV-LEGAL, EV-2025-SEMI-FORUM2, DPC-3.7).
	wholeWord = regexp.MustCompile(`(?:https?|mailto):[^\s<>()\[\]]+|\b[A-Z][A-Z0-9]*(?:[-.][A-Z0-9]+)+\b`)
	// diffMark is a mark of a word diff as Markdown escapes it (\{\+,
	// \+\}, \[\-, \-\]: whatsnew.Line.Marked): a line broken after its
	// + or - would leave "{+" at the end of one line and "}" at the start
	// of the next. Its + or - loses the backslash with its stand-in, which
	// no Markdown reads as syntax.
	diffMark = regexp.MustCompile(`\\[{\[]\\[+-]|\\[+-]\\[}\]]`)
	keepMark = strings.NewReplacer(`\+`, "\U000F0005", `\-`, "\U000F0002")
	keep     = strings.NewReplacer(".", "\U000F0001", "-", "\U000F0002", ",", "\U000F0003", ";", "\U000F0004", "+", "\U000F0005", "|", "\U000F0006")
	unkeep   = strings.NewReplacer("\U000F0001", ".", "\U000F0002", "-", "\U000F0003", ",", "\U000F0004", ";", "\U000F0005", "+", "\U000F0006", "|")
)

// keepWhole marks the addresses, ids and diff marks of md so that
// wrapping never cuts them; restore undoes it on the rendered text.
func keepWhole(md string) string {
	md = wholeWord.ReplaceAllStringFunc(md, func(w string) string {
		// A sentence's full stop after an address is not part of it.
		end := len(strings.TrimRight(w, ".,;"))
		return keep.Replace(w[:end]) + w[end:]
	})
	return diffMark.ReplaceAllStringFunc(md, keepMark.Replace)
}

// restore puts back what keepWhole swapped, in the text and in the
// addresses of terminal hyperlinks alike.
func restore(s string) string { return unkeep.Replace(s) }
