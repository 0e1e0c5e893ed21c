package pack

import (
	"crypto/rand"
	"encoding/base64"
	"encoding/binary"
	"errors"
	"strings"
	"testing"

	"aead.dev/minisign"
	"golang.org/x/crypto/blake2b"
	"golang.org/x/crypto/scrypt"
)

// TestBuiltinKeys: the committed list parses, and holds public keys only.
func TestBuiltinKeys(t *testing.T) {
	if _, err := BuiltinKeys(); err != nil {
		t.Fatal(err)
	}
}

func TestKeyList(t *testing.T) {
	pub, priv := newKey(t)
	list := "# comment\n\n" + pub.String() + " the editors, 2026\n"
	keys, err := ParseKeyList([]byte(list))
	if err != nil || len(keys) != 1 || !keys[0].Equal(pub) {
		t.Fatalf("%v %v", keys, err)
	}
	secret, _ := EncodeSecretKey(priv, "")
	secretLine := strings.Split(strings.TrimSpace(string(secret)), "\n")[1]
	if _, err := ParseKeyList([]byte(list + secretLine + "\n")); err == nil || !strings.Contains(err.Error(), "line 4") {
		t.Errorf("a secret key in the list: %v", err)
	}
}

func TestPublicKeyFile(t *testing.T) {
	pub, _ := newKey(t)
	k, err := ParsePublicKey(EncodePublicKey(pub))
	if err != nil || !k.Equal(pub) {
		t.Fatalf("%v", err)
	}
	if k, err := ParsePublicKey([]byte(pub.String() + "\n")); err != nil || !k.Equal(pub) {
		t.Errorf("the key line alone: %v", err)
	}
	if _, err := ParsePublicKey([]byte("hello")); err == nil {
		t.Error("accepted junk")
	}
	if id, ok := ParseKeyID(strings.ToLower(KeyID(pub.ID()))); !ok || id != pub.ID() {
		t.Error("key id does not read back")
	}
}

func TestSecretKeyInTheClear(t *testing.T) {
	_, priv := newKey(t)
	text, err := EncodeSecretKey(priv, "")
	if err != nil {
		t.Fatal(err)
	}
	noPassword := func() (string, error) { return "", errors.New("asked for a password") }
	k, err := DecodeSecretKey(text, noPassword)
	if err != nil || !k.Equal(priv) {
		t.Fatalf("%v", err)
	}
}

// TestEncryptedSecretKey reads a key encrypted as minisign does, with small
// scrypt costs: minisign's own (which EncodeSecretKey uses) take a gigabyte
// and seconds, too much for a test.
func TestEncryptedSecretKey(t *testing.T) {
	_, priv := newKey(t)
	text := cheapEncryptedKey(t, priv, "correct horse")
	asked := 0
	k, err := DecodeSecretKey(text, func() (string, error) { asked++; return "correct horse", nil })
	if err != nil || !k.Equal(priv) || asked != 1 {
		t.Fatalf("asked %d times: %v", asked, err)
	}
	if _, err := DecodeSecretKey(text, func() (string, error) { return "wrong", nil }); err == nil || !strings.Contains(err.Error(), "password") {
		t.Errorf("wrong password: %v", err)
	}
}

// cheapEncryptedKey encrypts a secret key in minisign's format: scrypt
// over the password gives a keystream that hides the key id, the key and a
// BLAKE2b checksum. ops and mem are the costs minisign reads back.
func cheapEncryptedKey(t *testing.T, priv minisign.PrivateKey, password string) []byte {
	clear, err := priv.MarshalText()
	if err != nil {
		t.Fatal(err)
	}
	raw, err := base64.StdEncoding.DecodeString(strings.Split(string(clear), "\n")[1])
	if err != nil {
		t.Fatal(err)
	}
	const ops, mem = 1 << 15, 1 << 20 // N = 2^10, r = 8, p = 1 by minisign's rule
	b := make([]byte, len(raw))
	copy(b, raw)
	binary.LittleEndian.PutUint16(b[2:], 0x6353) // "Sc": scrypt
	salt := b[6:38]
	rand.Read(salt)
	binary.LittleEndian.PutUint64(b[38:], ops)
	binary.LittleEndian.PutUint64(b[46:], mem)
	plain := raw[54:126] // key id and key
	var message [74]byte
	binary.LittleEndian.PutUint16(message[:2], minisign.EdDSA)
	copy(message[2:], plain)
	sum := blake2b.Sum256(message[:])
	secret := append(append([]byte{}, plain...), sum[:]...)
	stream, err := scrypt.Key([]byte(password), salt, 1<<10, 8, 1, len(secret))
	if err != nil {
		t.Fatal(err)
	}
	for i := range secret {
		secret[i] ^= stream[i]
	}
	copy(b[54:], secret)
	return []byte("untrusted comment: minisign encrypted secret key\n" + base64.StdEncoding.EncodeToString(b) + "\n")
}
