package main

import (
	"errors"
	"fmt"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/eu-rok/briefing/model"
	"github.com/eu-rok/briefing/model/export"
)

// The exit codes, as grep and most tools use them.
const (
	exitOK      = 0
	exitFailure = 1 // the command ran and found nothing, or failed
	exitUsage   = 2 // bad usage or bad input: flags, arguments, content
)

// exitError carries the exit code an error should end the program with.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) Unwrap() error { return e.err }

// usageErr marks an error as bad usage or bad input (exit 2).
func usageErr(err error) error { return &exitError{code: exitUsage, err: err} }

// failure marks an error as a plain failure (exit 1).
func failure(err error) error { return &exitError{code: exitFailure, err: err} }

// silent ends the program with a code and no message, as grep does when
// nothing matches.
type silent int

func (s silent) Error() string { return "" }

// exitCode turns the error a command returned into the program's exit
// code, by the error's type, never by its text: a silent code or a marked
// error carries its own; the model's errors that say the input named
// nothing (an unknown id, an area that is not one, an export of nothing)
// are bad input; anything else is a failure.
func exitCode(err error) int {
	var s silent
	var marked *exitError
	var unknown *model.UnknownIDError
	var notArea *export.NotAnAreaError
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &s):
		return int(s)
	case errors.As(err, &marked):
		return marked.code
	case errors.As(err, &unknown), errors.As(err, &notArea), errors.Is(err, export.ErrNothing):
		return exitUsage
	}
	return exitFailure
}

// usageArgs makes every argument check of the command tree a usage error:
// cobra's own checks (cobra.NoArgs, cobra.ExactArgs, an unknown verb) return
// plain errors, which exitCode would take for failures.
func usageArgs(c *cobra.Command) {
	c.SuggestionsMinimumDistance = 2 // cobra's own default, which SuggestionsFor does not apply
	if check := c.Args; check != nil {
		c.Args = func(cmd *cobra.Command, args []string) error {
			if err := check(cmd, args); err != nil {
				return usageErr(nearestVerb(cmd, args, err))
			}
			return nil
		}
	}
	for _, sub := range c.Commands() {
		usageArgs(sub)
	}
}

// nearestVerb names the verb meant when the first argument is a verb
// mistyped ("shwo"): cobra's own check says only that it is unknown. The
// suggestion ends the sentence with no question mark, as fang adds a full
// stop.
func nearestVerb(cmd *cobra.Command, args []string, err error) error {
	if !cmd.HasAvailableSubCommands() || len(args) == 0 {
		return err
	}
	near := cmd.SuggestionsFor(args[0])
	if len(near) == 0 {
		return err
	}
	return fmt.Errorf("unknown command %q for %q; the nearest is %s", args[0], cmd.CommandPath(), cmd.CommandPath()+" "+near[0])
}

// flagErr says what a flag's value should be: pflag's own message quotes
// the parser ("strconv.ParseInt: parsing ...").
func flagErr(_ *cobra.Command, err error) error {
	var bad *pflag.InvalidValueError
	if errors.As(err, &bad) && bad.GetFlag().Value.Type() == "int" {
		return usageErr(fmt.Errorf("--%s %q: write a whole number, for example --%s %s", bad.GetFlag().Name, bad.GetValue(), bad.GetFlag().Name, bad.GetFlag().DefValue))
	}
	return usageErr(err)
}
