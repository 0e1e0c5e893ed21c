package pack

import (
	"bytes"
	"crypto/rand"
	_ "embed"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"aead.dev/minisign"
)

//go:embed trusted-keys.txt
var builtinKeyList []byte

// BuiltinKeys are the public keys compiled into the program, from
// trusted-keys.txt beside this file.
func BuiltinKeys() ([]minisign.PublicKey, error) {
	keys, err := ParseKeyList(builtinKeyList)
	if err != nil {
		return nil, fmt.Errorf("the built-in list of trusted keys: %w", err)
	}
	return keys, nil
}

// ParseKeyList reads one public key a line, as minisign prints it ("RW…"),
// each optionally followed by a space and a note. Blank lines and lines
// starting with # are skipped.
func ParseKeyList(data []byte) ([]minisign.PublicKey, error) {
	var keys []minisign.PublicKey
	for i, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		text, _, _ := strings.Cut(line, " ")
		var k minisign.PublicKey
		if err := k.UnmarshalText([]byte(text)); err != nil {
			return nil, fmt.Errorf("line %d: not a minisign public key", i+1)
		}
		keys = append(keys, k)
	}
	return keys, nil
}

// ParsePublicKey reads a public key file as minisign writes it: an
// "untrusted comment:" line and the key, or the key line alone.
func ParsePublicKey(data []byte) (minisign.PublicKey, error) {
	var k minisign.PublicKey
	if err := k.UnmarshalText(bytes.TrimSpace(data)); err != nil {
		return minisign.PublicKey{}, errors.New("not a minisign public key")
	}
	return k, nil
}

// KeyID writes a key's id as sixteen upper-case hex digits, as minisign
// shows it.
func KeyID(id uint64) string { return fmt.Sprintf("%016X", id) }

// ParseKeyID reads a key id written in hex, in any case.
func ParseKeyID(s string) (uint64, bool) {
	id, err := strconv.ParseUint(strings.TrimSpace(s), 16, 64)
	return id, err == nil
}

// GenerateKey makes a new Ed25519 key pair for signing packs.
func GenerateKey() (minisign.PublicKey, minisign.PrivateKey, error) {
	return minisign.GenerateKey(rand.Reader)
}

// EncodePublicKey writes a public key file as minisign does.
func EncodePublicKey(k minisign.PublicKey) []byte {
	text, _ := k.MarshalText() // cannot fail
	return append(text, '\n')
}

// EncodeSecretKey writes a secret key file as minisign does: encrypted with
// the password (scrypt, as minisign: about a gigabyte of memory and some
// seconds, on purpose), or in the clear when the password is empty.
func EncodeSecretKey(k minisign.PrivateKey, password string) ([]byte, error) {
	if password == "" {
		text, err := k.MarshalText()
		return append(text, '\n'), err
	}
	text, err := minisign.EncryptKey(password, k)
	return append(text, '\n'), err
}

// DecodeSecretKey reads a secret key file written by EncodeSecretKey or by
// minisign. It asks for the password only when the key is encrypted.
func DecodeSecretKey(data []byte, password func() (string, error)) (minisign.PrivateKey, error) {
	data = bytes.TrimSpace(data)
	if !minisign.IsEncrypted(data) {
		var k minisign.PrivateKey
		if err := k.UnmarshalText(data); err != nil {
			return minisign.PrivateKey{}, errors.New("not a minisign secret key")
		}
		return k, nil
	}
	pw, err := password()
	if err != nil {
		return minisign.PrivateKey{}, err
	}
	k, err := minisign.DecryptKey(pw, data)
	if err != nil {
		return minisign.PrivateKey{}, errors.New("the secret key could not be decrypted: wrong password, or not a minisign secret key")
	}
	return k, nil
}
