package main

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/eu-rok/briefing/model"
	"github.com/eu-rok/briefing/model/pack"
	"github.com/eu-rok/briefing/model/updates"
)

// trustCommand is `briefing trust`: the keys whose packs this laptop
// accepts.
func (a *app) trustCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "trust",
		Short: "Add, list and remove the keys trusted to sign briefing packs",
		Long: "A pack is installed only when it is signed by a trusted key: one built into the program, or " +
			"one added here (kept in the data directory's trusted-keys/ folder).",
		Args: cobra.NoArgs,
	}
	cmd.AddCommand(a.trustAddCommand(), a.trustListCommand(), a.trustRemoveCommand())
	return cmd
}

func (a *app) trustAddCommand() *cobra.Command {
	var yes bool
	cmd := &cobra.Command{
		Use:   "add KEYFILE",
		Short: "Trust the public key in KEYFILE, after you compare it with the one the editors published",
		Example: "  briefing trust add briefing-editors.pub\n" +
			"  briefing trust add briefing-editors.pub --yes   # in a script, once the key is checked",
		Args: exactArgs(1, "trust add takes one public key file"),
		RunE: func(cmd *cobra.Command, args []string) error {
			k, err := updates.ReadPublicKey(args[0])
			if err != nil {
				return usageErr(fmt.Errorf("reading the key %s: %w", model.Sanitize(args[0]), err))
			}
			fmt.Fprintf(cmd.OutOrStdout(), "key %s\npublic key (its fingerprint: compare it with the one the editors published):\n  %s\n",
				pack.KeyID(k.ID()), k.String())
			if !yes && !a.confirm("Trust this key to sign briefing updates on this laptop? [y/N] ") {
				fmt.Fprintln(cmd.OutOrStdout(), "not trusted; nothing changed")
				return silent(exitFailure)
			}
			s, err := a.updateStore()
			if err != nil {
				return err
			}
			added, err := s.Trust(k)
			switch {
			case errors.Is(err, updates.ErrKeyClash):
				return usageErr(err)
			case err != nil:
				return failure(err)
			case !added:
				_, err = fmt.Fprintln(cmd.OutOrStdout(), "already trusted")
			default:
				_, err = fmt.Fprintln(cmd.OutOrStdout(), "trusted: packs signed by this key can now be installed")
			}
			return err
		},
	}
	cmd.Flags().BoolVarP(&yes, "yes", "y", false, "trust it without asking")
	return cmd
}

// confirm asks a yes-or-no question on standard error and reads the
// answer from standard input; anything but y or yes is no.
func (a *app) confirm(question string) bool {
	fmt.Fprint(a.io.err, question)
	line, _ := bufio.NewReader(a.io.in).ReadString('\n')
	switch strings.ToLower(strings.TrimSpace(line)) {
	case "y", "yes":
		return true
	}
	return false
}

func (a *app) trustListCommand() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List the trusted keys: built in, then added",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			s, err := a.updateStore()
			if err != nil {
				return err
			}
			keys, err := s.TrustedKeys()
			if err != nil {
				warn(a.io.err, "%v", err)
			}
			type keyJSON struct {
				ID        string `json:"id"`
				PublicKey string `json:"public_key"`
				BuiltIn   bool   `json:"built_in"`
			}
			list := []keyJSON{}
			rows := [][]string{{"KEY", "FROM", "PUBLIC KEY"}}
			for _, k := range keys {
				list = append(list, keyJSON{ID: pack.KeyID(k.Key.ID()), PublicKey: k.Key.String(), BuiltIn: k.BuiltIn})
				from := "added"
				if k.BuiltIn {
					from = "built in"
				}
				rows = append(rows, []string{pack.KeyID(k.Key.ID()), from, k.Key.String()})
			}
			if asJSON {
				return writeJSON(cmd.OutOrStdout(), list)
			}
			if len(keys) == 0 {
				_, err := fmt.Fprintln(cmd.OutOrStdout(), "no trusted keys yet: `briefing trust add KEYFILE` adds the editors' key")
				return err
			}
			return table(cmd.OutOrStdout(), rows, 0)
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}

func (a *app) trustRemoveCommand() *cobra.Command {
	return &cobra.Command{
		Use:     "remove KEY",
		Short:   "Stop trusting a key you added (KEY: its id, or its public key file)",
		Example: "  briefing trust remove 3F2A9C71D04B5E86\n  briefing trust remove old-editors.pub",
		Args:    exactArgs(1, "trust remove takes one key id or public key file"),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, ok := pack.ParseKeyID(args[0])
			if _, err := os.Stat(args[0]); err == nil {
				k, err := updates.ReadPublicKey(args[0])
				if err != nil {
					return usageErr(fmt.Errorf("reading the key %s: %w", model.Sanitize(args[0]), err))
				}
				id, ok = k.ID(), true
			}
			if !ok {
				return usageErr(fmt.Errorf("%q is neither a key id (16 hex digits, see `briefing trust list`) nor a public key file", model.Sanitize(args[0])))
			}
			s, err := a.updateStore()
			if err != nil {
				return err
			}
			err = s.Untrust(id)
			switch {
			case errors.Is(err, updates.ErrBuiltInKey), errors.Is(err, updates.ErrNoSuchKey):
				return usageErr(err)
			case err != nil:
				return failure(err)
			}
			_, err = fmt.Fprintf(cmd.OutOrStdout(), "no longer trusted: %s; a pack it signed is not used from the next start\n", pack.KeyID(id))
			return err
		},
	}
}
