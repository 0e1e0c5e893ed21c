package main

import (
	"io"
	"strconv"

	"github.com/spf13/cobra"
)

// fang pads every line of a verb's help to the width of its block, which
// leaves spaces at the ends of lines in a file or a pipe (`briefing note
// --help > note.txt`). There, the program's standard output goes through
// helpWriter, which drops them while help is printed and passes
// everything else as it is (a note printed by `briefing note` keeps its
// own spaces); a terminal, which shows none, gets the output directly.
// fang sets the help function itself, so what switches the writer on is
// the help flag of every verb, and the help verb.
type helpWriter struct {
	w       io.Writer
	on      bool   // help is being printed
	pending []byte // spaces not yet known to end a line
}

func (h *helpWriter) Write(p []byte) (int, error) {
	if !h.on {
		return h.w.Write(p)
	}
	var out []byte
	for _, b := range p {
		switch b {
		case ' ':
			h.pending = append(h.pending, b)
			continue
		case '\n':
			h.pending = h.pending[:0]
		default:
			out = append(out, h.pending...)
			h.pending = h.pending[:0]
		}
		out = append(out, b)
	}
	if _, err := h.w.Write(out); err != nil {
		return 0, err
	}
	return len(p), nil
}

// helpFlag is a verb's --help: a bool flag, as cobra expects, that also
// switches the writer to help.
type helpFlag struct {
	out *helpWriter
	set bool
}

func (f *helpFlag) String() string { return strconv.FormatBool(f.set) }
func (f *helpFlag) Type() string   { return "bool" }
func (f *helpFlag) Set(s string) error {
	v, err := strconv.ParseBool(s)
	f.set, f.out.on = v, v
	return err
}

// trimHelp gives every verb of the tree the help flag that trims, and the
// help verb the same.
func trimHelp(root *cobra.Command, out *helpWriter) {
	var walk func(*cobra.Command)
	walk = func(c *cobra.Command) {
		c.Flags().VarPF(&helpFlag{out: out}, "help", "h", "help for "+c.Name()).NoOptDefVal = "true"
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(root)
	root.InitDefaultHelpCmd()
	for _, c := range root.Commands() {
		if c.Name() == "help" {
			run := c.Run
			c.Run = func(c *cobra.Command, args []string) { out.on = true; run(c, args) }
		}
	}
}
