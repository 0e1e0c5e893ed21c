package main

import (
	"errors"

	"github.com/spf13/cobra"
)

// exactArgs refuses, as bad usage, a command line without n arguments,
// saying what the command takes.
func exactArgs(n int, takes string) cobra.PositionalArgs {
	return func(_ *cobra.Command, args []string) error {
		if len(args) != n {
			return usageErr(errors.New(takes))
		}
		return nil
	}
}
