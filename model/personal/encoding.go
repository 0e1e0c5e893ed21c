package personal

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// RepairUTF8 makes text valid UTF-8: each byte that is not part of UTF-8
// is read as Windows-1252 (Latin-1 with the letters Windows adds), which is
// what an editor that does not write UTF-8 most likely saved. It reports
// whether anything was changed, so the caller can say so. The store
// refuses text that is not UTF-8; this is the one way to repair it.
func RepairUTF8(text string) (string, bool) {
	if utf8.ValidString(text) {
		return text, false
	}
	repaired, _ := repairUTF8([]byte(text))
	return repaired, true
}

// repairUTF8 is RepairUTF8 on bytes, and the lines (from 1) it repaired.
func repairUTF8(data []byte) (string, []int) {
	if utf8.Valid(data) {
		return string(data), nil
	}
	var b strings.Builder
	b.Grow(len(data) + 16)
	var lines []int
	line := 1
	for len(data) > 0 {
		r, size := utf8.DecodeRune(data)
		if r == utf8.RuneError && size <= 1 {
			r = charmap.Windows1252.DecodeByte(data[0])
			if len(lines) == 0 || lines[len(lines)-1] != line {
				lines = append(lines, line)
			}
		}
		if r == '\n' {
			line++
		}
		b.WriteRune(r)
		data = data[size:]
	}
	return b.String(), lines
}

// checkUTF8 refuses text that is not UTF-8, saying where.
func checkUTF8(text string) error {
	if utf8.ValidString(text) {
		return nil
	}
	_, lines := repairUTF8([]byte(text))
	return fmt.Errorf("the note is not UTF-8 text (line %d); save it as UTF-8, or let briefing read it as Windows-1252", lines[0])
}
