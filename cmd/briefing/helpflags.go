package main

import (
	"os"
	"strings"

	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// themeFlag adds --theme to a set of flags.
func (a *app) themeFlag(fs *pflag.FlagSet) {
	fs.StringVar(&a.theme, "theme", "auto", "colours: auto, dark or light")
}

// accessibleFlag adds --accessible to a set of flags.
func (a *app) accessibleFlag(fs *pflag.FlagSet) {
	fs.VarPF(&a.accessible, "accessible", "", "browse in plain numbered lines, for screen readers (also chosen when TERM=dumb)").NoOptDefVal = "true"
}

// displayFlags gives every verb --theme and --accessible, so a script that
// passes them to all verbs keeps working and a bad --theme is refused by
// all, but lists them in the help of only the verbs they change: the
// browser (root, open) and show. Each of those has its own visible copy,
// bound to the same setting; the one every verb inherits is hidden.
func (a *app) displayFlags(root, open, show *cobra.Command) {
	inherited := root.PersistentFlags()
	a.themeFlag(inherited)
	a.accessibleFlag(inherited)
	for _, name := range []string{"theme", "accessible"} {
		inherited.Lookup(name).Hidden = true
	}
	for _, c := range []*cobra.Command{root, open} {
		a.themeFlag(c.Flags())
		a.accessibleFlag(c.Flags())
	}
	a.themeFlag(show.Flags())
}

// tidyHelp wraps every long description of the tree at the width fang's
// help draws it in (the terminal's, at most 120), between words only:
// fang's own wrapping also breaks after a hyphen, which cuts a flag named
// in the text ("with -" / "-clear"). It also takes the quotes off the
// names of flags' values ("this `DIR`"), which fang would print as typed.
func tidyHelp(c *cobra.Command) {
	width := 120
	if w, _, err := term.GetSize(os.Stdout.Fd()); err == nil && w > 0 {
		width = min(w, width)
	}
	var walk func(*cobra.Command)
	walk = func(c *cobra.Command) {
		c.Long = wrapWords(c.Long, width-len("  ")-1)
		unquote := func(f *pflag.Flag) { _, f.Usage = pflag.UnquoteUsage(f) }
		c.PersistentFlags().VisitAll(unquote)
		c.LocalFlags().VisitAll(unquote)
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(c)
}

// wrapWords breaks each line of text into lines of at most width columns,
// between words; an indented line is kept as written (an example, a
// table). A word longer than the width stands on a line of its own.
func wrapWords(text string, width int) string {
	lines := strings.Split(text, "\n")
	for i, line := range lines {
		if !strings.HasPrefix(line, " ") {
			lines[i] = wrapLine(line, width)
		}
	}
	return strings.Join(lines, "\n")
}

// wrapLine breaks one line of text between words.
func wrapLine(text string, width int) string {
	var b strings.Builder
	line := 0
	for _, word := range strings.Fields(text) {
		n := len([]rune(word))
		switch {
		case line == 0:
		case line+1+n > width:
			b.WriteByte('\n')
			line = 0
		default:
			b.WriteByte(' ')
			line++
		}
		b.WriteString(word)
		line += n
	}
	return b.String()
}
