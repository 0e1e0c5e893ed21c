package updates

import (
	"encoding/base64"
	"encoding/binary"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"aead.dev/minisign"

	"github.com/eu-rok/briefing/model/pack"
)

func TestTrust(t *testing.T) {
	l := newLaptop(t) // trusts its own key
	other, _, _ := pack.GenerateKey()
	if added, err := l.Trust(l.pub); added || err != nil {
		t.Errorf("trusting a key twice: %v %v", added, err)
	}
	if added, err := l.Trust(other); !added || err != nil {
		t.Fatalf("%v %v", added, err)
	}
	if _, err := l.Trust(sameID(t, other)); !errors.Is(err, ErrKeyClash) {
		t.Errorf("a different key with the same id: %v", err)
	}
	keys, err := l.TrustedKeys()
	if err != nil || len(keys) != 2 {
		t.Fatalf("%d keys, %v", len(keys), err)
	}
	if err := l.Untrust(other.ID()); err != nil {
		t.Fatal(err)
	}
	if err := l.Untrust(other.ID()); !errors.Is(err, ErrNoSuchKey) {
		t.Errorf("removing it again: %v", err)
	}
	l.builtinKeys = []minisign.PublicKey{other}
	if err := l.Untrust(other.ID()); !errors.Is(err, ErrBuiltInKey) {
		t.Errorf("removing a built-in key: %v", err)
	}
	if keys, _ := l.TrustedKeys(); len(keys) != 2 || !keys[0].BuiltIn || keys[1].BuiltIn {
		t.Errorf("%+v", keys)
	}
}

func TestBadKeyFile(t *testing.T) {
	l := newLaptop(t)
	os.WriteFile(filepath.Join(l.dir, keysFolder, "junk.pub"), []byte("junk"), 0o600)
	keys, err := l.TrustedKeys()
	if len(keys) != 1 || err == nil {
		t.Errorf("%d keys, %v", len(keys), err)
	}
}

// sameID is a new key that claims k's id: minisign's ids are labels, not
// fingerprints, so anyone can make one.
func sameID(t *testing.T, k minisign.PublicKey) minisign.PublicKey {
	fresh, _, _ := pack.GenerateKey()
	raw, _ := base64.StdEncoding.DecodeString(fresh.String())
	binary.LittleEndian.PutUint64(raw[2:10], k.ID())
	var out minisign.PublicKey
	if err := out.UnmarshalText([]byte(base64.StdEncoding.EncodeToString(raw))); err != nil {
		t.Fatal(err)
	}
	return out
}
