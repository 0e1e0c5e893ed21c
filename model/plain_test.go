package model

import "testing"

func TestPlainLine(t *testing.T) {
	for in, want := range map[string]string{
		"- **Chips:** carry on":                "Chips: carry on",
		"…Research\" ([MSIT](https://x.y/z?a)": "…Research\" (MSIT",
		"### Where sources differ":             "Where sources differ",
		"1. First `code` step":                 "First code step",
		"plain text, 2024":                     "plain text, 2024",
	} {
		if got := PlainLine(in); got != want {
			t.Errorf("PlainLine(%q) = %q, want %q", in, got, want)
		}
	}
}
