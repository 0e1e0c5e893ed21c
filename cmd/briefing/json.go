package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"unicode/utf16"

	"github.com/eu-rok/briefing/model"
)

// writeJSON prints v as indented JSON. The values keep every character
// (a note comes back exactly as written), but the characters that would
// act on a terminal (C1 controls, DEL, bidi overrides: encoding/json
// escapes only C0) are written as \u escapes, so `--json` on a terminal is
// as safe as the other output.
func writeJSON(w io.Writer, v any) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return err
	}
	_, err := w.Write(escapeControls(buf.Bytes()))
	return err
}

// escapeControls writes the characters model.Sanitize would replace as
// JSON \u escapes. They can only stand inside strings: outside them JSON
// has ASCII punctuation, digits and spaces only.
func escapeControls(data []byte) []byte {
	if !bytes.ContainsFunc(data, model.NeedsSanitizing) {
		return data
	}
	var out bytes.Buffer
	out.Grow(len(data) + 64)
	for _, r := range string(data) {
		if !model.NeedsSanitizing(r) {
			out.WriteRune(r)
			continue
		}
		if r1, r2 := utf16.EncodeRune(r); r1 != '\uFFFD' {
			fmt.Fprintf(&out, `\u%04x\u%04x`, r1, r2)
		} else {
			fmt.Fprintf(&out, `\u%04x`, r)
		}
	}
	return out.Bytes()
}
