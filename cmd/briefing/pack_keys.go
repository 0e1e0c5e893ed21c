package main

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"aead.dev/minisign"
	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"github.com/eu-rok/briefing/model/pack"
)

func (a *app) packKeygenCommand() *cobra.Command {
	var keyFile string
	var noPassword bool
	cmd := &cobra.Command{
		Use:   "keygen --key FILE",
		Short: "Make a key pair for signing packs: FILE (secret) and its .pub (public)",
		Long: "keygen writes the secret key to FILE (mode 0600) and the public key beside it, with .pub in " +
			"place of .key. Both are in minisign's format. The secret key is encrypted with a password you " +
			"type (minisign's scrypt: it takes a gigabyte of memory and a few seconds, on purpose); " +
			"--no-password leaves it in the clear. keygen refuses to write inside a git repository: a secret " +
			"key must never be committed. Publish the public key; keep the secret key on the editors' machine.",
		Example: "  briefing pack keygen --key ~/keys/briefing-editors.key",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if keyFile == "" {
				return usageErr(errors.New("pack keygen needs --key FILE: where to write the secret key"))
			}
			pubFile := publicKeyFile(keyFile)
			for _, f := range []string{keyFile, pubFile} {
				if _, err := os.Lstat(f); err == nil {
					return usageErr(fmt.Errorf("a file is already at %s; keygen never writes over a key", f))
				}
			}
			if repo := gitRepositoryAbove(filepath.Dir(keyFile)); repo != "" {
				return usageErr(fmt.Errorf("refusing to write the secret key %s inside the git repository %s: a secret key must stay out of every repository; "+
					"write it elsewhere, for example --key ~/keys/briefing-editors.key", keyFile, repo))
			}
			password := ""
			if !noPassword {
				var err error
				if password, err = a.newPassword(); err != nil {
					return usageErr(err)
				}
			}
			pub, priv, err := pack.GenerateKey()
			if err != nil {
				return failure(err)
			}
			secret, err := pack.EncodeSecretKey(priv, password)
			if err != nil {
				return failure(err)
			}
			if err := writeNewFile(keyFile, secret, 0o600); err != nil {
				return failure(err)
			}
			if err := writeNewFile(pubFile, pack.EncodePublicKey(pub), 0o644); err != nil {
				return failure(err)
			}
			protection := "encrypted with your password"
			if password == "" {
				protection = "NOT encrypted: anyone who reads the file can sign packs"
			}
			_, err = fmt.Fprintf(cmd.OutOrStdout(), "key %s\nsecret key: %s (%s); keep it out of every repository\npublic key: %s\n  %s\n"+
				"Publish the public key; delegates trust it with `briefing trust add %s`.\n",
				pack.KeyID(pub.ID()), keyFile, protection, pubFile, pub.String(), filepath.Base(pubFile))
			return err
		},
	}
	cmd.Flags().StringVar(&keyFile, "key", "", "write the secret key to `FILE`")
	cmd.Flags().BoolVar(&noPassword, "no-password", false, "leave the secret key unencrypted")
	return cmd
}

// publicKeyFile is where the public key of a secret key file goes:
// editors.key → editors.pub.
func publicKeyFile(secret string) string {
	return strings.TrimSuffix(secret, ".key") + ".pub"
}

// gitRepositoryAbove is the git work tree that holds dir, or "".
func gitRepositoryAbove(dir string) string {
	d, err := filepath.Abs(dir)
	if err != nil {
		return ""
	}
	for {
		if _, err := os.Lstat(filepath.Join(d, ".git")); err == nil {
			return d
		}
		parent := filepath.Dir(d)
		if parent == d {
			return ""
		}
		d = parent
	}
}

// writeNewFile creates a file that must not exist yet.
func writeNewFile(path string, data []byte, perm os.FileMode) error {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_EXCL|os.O_WRONLY, perm)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(path)
	}
	return err
}

// readSecretKey reads a secret key file, asking for its password when it
// is encrypted.
func (a *app) readSecretKey(file string) (minisign.PrivateKey, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return minisign.PrivateKey{}, usageErr(err)
	}
	key, err := pack.DecodeSecretKey(data, func() (string, error) {
		return a.password("Password for " + file + ": ")
	})
	if err != nil {
		return minisign.PrivateKey{}, usageErr(fmt.Errorf("the secret key %s: %w", file, err))
	}
	return key, nil
}

// newPassword asks for a new password twice on a terminal, or reads one
// line from standard input, as minisign does.
func (a *app) newPassword() (string, error) {
	pw, err := a.password("Password for the secret key (empty for none): ")
	if err != nil || pw == "" || !a.stdinIsTerminal() {
		return pw, err
	}
	again, err := a.password("The same password again: ")
	if err != nil {
		return "", err
	}
	if again != pw {
		return "", errors.New("the two passwords differ")
	}
	return pw, nil
}

// password reads a password without echo on a terminal, or one line from
// standard input.
func (a *app) password(prompt string) (string, error) {
	if a.stdinIsTerminal() {
		fmt.Fprint(a.io.err, prompt)
		pw, err := term.ReadPassword(a.io.in.(*os.File).Fd())
		fmt.Fprintln(a.io.err)
		return string(pw), err
	}
	line, err := bufio.NewReader(a.io.in).ReadString('\n')
	if err != nil && line == "" {
		return "", errors.New("no password on standard input")
	}
	return strings.TrimRight(line, "\r\n"), nil
}

func (a *app) stdinIsTerminal() bool {
	f, ok := a.io.in.(*os.File)
	return ok && term.IsTerminal(f.Fd())
}
