package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/eu-rok/briefing/model/whatsnew"
)

// diffContext is how much unchanged text a diff line keeps on each side of
// a change, in characters.
const diffContext = 40

// writeReport prints what changed, kind by kind: each added, changed and
// removed item, and under each changed one the lines that changed, marked
// as git's --word-diff=plain marks them: [-removed-]{+added+}. Plain marks
// read the same on any terminal, in a pipe and to a screen reader.
func writeReport(w io.Writer, r whatsnew.Report) error {
	var b strings.Builder
	added, changed, removed := r.Counts()
	fmt.Fprintf(&b, "%d added, %d changed, %d removed\n", added, changed, removed)
	for _, k := range r.Kinds {
		fmt.Fprintf(&b, "\n%s:\n", k.Kind.Folder())
		for _, c := range k.Added {
			fmt.Fprintf(&b, "  added    %s  %s\n", c.ID, c.Title)
		}
		for _, c := range k.Changed {
			fmt.Fprintf(&b, "  changed  %s  %s\n", c.ID, c.Title)
			if c.NoDiff != "" {
				fmt.Fprintf(&b, "           (no diff: %s)\n", c.NoDiff)
			}
			for _, line := range whatsnew.Lines(c.Diff) {
				if line.Changed() {
					b.WriteString("           " + diffLine(line) + "\n")
				}
			}
		}
		for _, c := range k.Removed {
			fmt.Fprintf(&b, "  removed  %s  %s\n", c.ID, c.Title)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// diffLine writes one changed line with its marks, cutting long unchanged
// stretches down to the words next to a change.
func diffLine(line whatsnew.Line) string {
	var b strings.Builder
	for i, s := range line {
		switch s.Op {
		case whatsnew.Insert:
			b.WriteString("{+" + s.Text + "+}")
		case whatsnew.Delete:
			b.WriteString("[-" + s.Text + "-]")
		default:
			b.WriteString(shorten(s.Text, i > 0, i < len(line)-1))
		}
	}
	return b.String()
}

// shorten keeps about diffContext characters of text next to the changes
// before and after it, cut at a space so that no word is split.
func shorten(text string, changeBefore, changeAfter bool) string {
	r := []rune(text)
	head := func() string {
		h := string(r[:diffContext])
		if i := strings.LastIndexByte(h, ' '); i > 0 {
			h = h[:i]
		}
		return h + " …"
	}
	tail := func() string {
		t := string(r[len(r)-diffContext:])
		if i := strings.IndexByte(t, ' '); i >= 0 {
			t = t[i+1:]
		}
		return "… " + t
	}
	switch {
	case changeBefore && changeAfter && len(r) > 2*diffContext+3:
		return strings.TrimSuffix(head(), " …") + " … " + strings.TrimPrefix(tail(), "… ")
	case changeBefore && !changeAfter && len(r) > diffContext+2:
		return head()
	case !changeBefore && changeAfter && len(r) > diffContext+2:
		return tail()
	}
	return text
}
