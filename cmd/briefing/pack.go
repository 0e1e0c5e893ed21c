package main

import (
	"errors"
	"fmt"
	"os"

	"aead.dev/minisign"
	"github.com/spf13/cobra"

	"github.com/eu-rok/briefing/model/pack"
	"github.com/eu-rok/briefing/model/safefile"
	"github.com/eu-rok/briefing/model/updates"
)

// packCommand is `briefing pack`: what editors use to make signed packs.
func (a *app) packCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "pack",
		Short: "Build and sign briefing packs, and make signing keys (for editors)",
		Long: "A briefing pack is one file that carries a version of the content to delegates' laptops: " +
			"the content, a manifest (version, date, number of items, a SHA-256 of each file) and an Ed25519 " +
			"signature over the manifest in minisign's format. Delegates install it with `briefing update FILE`.",
		Args: cobra.NoArgs,
	}
	cmd.AddCommand(a.packBuildCommand(), a.packSignCommand(), a.packKeygenCommand())
	return cmd
}

func (a *app) packBuildCommand() *cobra.Command {
	var out, keyFile string
	cmd := &cobra.Command{
		Use:   "build DIR -o FILE",
		Short: "Check a content directory and write it as one pack file",
		Long: "build checks DIR as `briefing validate` does and refuses on any problem; DIR needs a VERSION " +
			"file (\"version: 2026.2\" and \"date: 2026-12-01\"). Without --key the pack is unsigned: review it " +
			"with `briefing diff`, then sign it with `briefing pack sign`.",
		Example: "  briefing pack build content -o briefing-2026.2.briefing\n" +
			"  briefing pack build content -o briefing-2026.2.briefing --key ~/keys/editors.key",
		Args: exactArgs(1, "pack build takes one content directory, for example: briefing pack build content -o briefing.briefing"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if out == "" {
				return usageErr(errors.New("pack build needs -o FILE: where to write the pack"))
			}
			if _, err := a.loadFrom(args[0]); err != nil {
				return err
			}
			fsys, err := openContentDir(args[0])
			if err != nil {
				return usageErr(err)
			}
			data, m, err := pack.Build(fsys)
			if err != nil {
				return usageErr(fmt.Errorf("building a pack of %s: %w", args[0], err))
			}
			signed := "unsigned: sign it with `briefing pack sign " + out + " --key FILE`"
			if keyFile != "" {
				if data, signed, err = a.signPack(data, keyFile); err != nil {
					return err
				}
			}
			if err := writeFileAtomic(out, data, 0o644); err != nil {
				return failure(err)
			}
			_, err = fmt.Fprintf(cmd.OutOrStdout(), "wrote %s: briefing %s of %s, %d items, %s\n", out, m.Version, m.Date, m.Items, signed)
			return err
		},
	}
	cmd.Flags().StringVarP(&out, "output", "o", "", "write the pack to `FILE`")
	cmd.Flags().StringVar(&keyFile, "key", "", "sign it with the secret key in `FILE`")
	return cmd
}

func (a *app) packSignCommand() *cobra.Command {
	var out, keyFile string
	cmd := &cobra.Command{
		Use:   "sign PACK --key FILE",
		Short: "Sign a pack with a secret key, in place or into -o FILE",
		Long: "sign checks every file of the pack against its manifest, then signs the manifest. A signature " +
			"the pack had is replaced. The key may be one from `briefing pack keygen` or from minisign -G.",
		Example: "  briefing pack sign briefing-2026.2.briefing --key ~/keys/editors.key",
		Args:    exactArgs(1, "pack sign takes one pack file"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if keyFile == "" {
				return usageErr(errors.New("pack sign needs --key FILE: the secret key to sign with"))
			}
			data, err := updates.ReadPack(args[0])
			if err != nil {
				return usageErr(err)
			}
			data, signed, err := a.signPack(data, keyFile)
			if err != nil {
				return err
			}
			if out == "" {
				out = args[0]
			}
			if err := writeFileAtomic(out, data, 0o644); err != nil {
				return failure(err)
			}
			_, err = fmt.Fprintf(cmd.OutOrStdout(), "wrote %s, %s\n", out, signed)
			return err
		},
	}
	cmd.Flags().StringVarP(&out, "output", "o", "", "write the signed pack to `FILE` instead of in place")
	cmd.Flags().StringVar(&keyFile, "key", "", "the secret key `FILE`")
	return cmd
}

// signPack signs a pack with the secret key in keyFile and says how.
func (a *app) signPack(data []byte, keyFile string) ([]byte, string, error) {
	key, err := a.readSecretKey(keyFile)
	if err != nil {
		return nil, "", err
	}
	signed, err := pack.Sign(data, key)
	if err != nil {
		return nil, "", usageErr(err)
	}
	pub := key.Public().(minisign.PublicKey)
	return signed, fmt.Sprintf("signed by key %s (public key %s)", pack.KeyID(key.ID()), pub.String()), nil
}

// writeFileAtomic is where the command line writes a pack or key file: a
// temporary file, then a rename, so a failure never leaves half a file.
func writeFileAtomic(path string, data []byte, perm os.FileMode) error {
	return safefile.Write(path, data, safefile.Options{Perm: perm})
}
