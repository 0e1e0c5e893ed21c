package model

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

// idPattern is the rule ValidID checks, as a regular expression.
var idPattern = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9.-]*$`)

// TestValidIDIsIDPattern: ids are checked without the regular expression;
// ValidID must accept exactly what idPattern accepts.
func TestValidIDIsIDPattern(t *testing.T) {
	rnd := rand.New(rand.NewPCG(1, 1))
	alphabet := "aZ09.-_ /\nș\x00"
	for range 100000 {
		var b strings.Builder
		for k := rnd.IntN(6); k > 0; k-- {
			r, _ := utf8.DecodeRuneInString(alphabet[rnd.IntN(len(alphabet)):])
			b.WriteRune(r)
		}
		id := b.String()
		if ValidID(id) != idPattern.MatchString(id) {
			t.Fatalf("%q: ValidID %v, idPattern %v", id, ValidID(id), idPattern.MatchString(id))
		}
	}
}

// TestMayNeedSanitizing: the loader's quick test says yes whenever
// Sanitize would change the text.
func TestMayNeedSanitizing(t *testing.T) {
	for _, s := range []string{"", "plain", "tab\tnew\nline", "esc\x1b[", "bell\a", "del\x7f", "c1\u0085", "bidi\u202e", "zwj\u200d", "shy\u00ad", "bom\ufeff", "Știri 디지털", "\u2066iso", "\u200bzw"} {
		if got, want := mayNeedSanitizing(s), Sanitize(s) != s; got != want {
			t.Errorf("%q: mayNeedSanitizing %v, Sanitize changes it: %v", s, got, want)
		}
	}
}
