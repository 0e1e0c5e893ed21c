package model

import (
	"strconv"
	"strings"
)

// field is one key of an item's metadata header, with where it was written.
type field struct {
	key    string
	value  string   // a scalar value, or "" for a block list
	list   []string // the entries of a block list, in order
	lines  []int    // the line of each block-list entry
	isList bool     // written as a block list (entries on their own lines)
	line   int      // line of the key in the file (1-based)
}

// values returns the field's entries: a block list as written, or a scalar
// split on commas.
func (f field) values() []string {
	if f.isList {
		return f.list
	}
	var out []string
	for _, v := range strings.Split(f.value, ",") {
		if v = strings.TrimSpace(v); v != "" {
			out = append(out, v)
		}
	}
	return out
}

// document is a content file split into its header fields and its body.
type document struct {
	fields    []field
	body      string
	bodyLine  int // line on which the body starts
	bodyFirst int // line of the body's first non-blank line: body's line 1
}

// parseDocumentInto splits a file into its metadata header and Markdown
// body. Problems are reported through report with the line they concern;
// parsing goes on after a bad line so that all problems of a file are
// found at once.
//
// It reads the header line by line in place, and the body is the text
// after it (a slice of text, not a copy), trimmed. The fields are appended
// to fields[:0]: a loader reuses one slice for every file, since only
// copies of the fields outlive decoding.
func parseDocumentInto(text string, report func(line int, msg string), fields []field) document {
	// nextLine returns the line starting at off (without its "\n" and a
	// "\r" before it) and where the next one starts (len(text)+1 after the
	// last).
	nextLine := func(off int) (string, int) {
		end := len(text)
		if k := strings.IndexByte(text[off:], '\n'); k >= 0 {
			end = off + k
		}
		return strings.TrimSuffix(text[off:end], "\r"), end + 1
	}
	first, off := nextLine(0)
	if strings.TrimSpace(first) != "---" {
		report(1, "the file must start with a metadata header: a line '---', fields, and another '---'")
		return document{body: text, bodyLine: 1}
	}
	doc := document{fields: fields[:0]}
	closed := false
	i := 1
	for ; off <= len(text); i++ {
		var raw string
		raw, off = nextLine(off)
		line := i + 1
		trimmed := strings.TrimSpace(raw)
		switch {
		case trimmed == "---":
			closed = true
		case trimmed == "" || strings.HasPrefix(trimmed, "#"):
			continue
		case strings.HasPrefix(trimmed, "- "), trimmed == "-":
			if len(doc.fields) == 0 || !doc.fields[len(doc.fields)-1].isList {
				report(line, "a list entry '- ...' must follow a key written alone, like 'sources:'")
				continue
			}
			entry := strings.TrimSpace(strings.TrimPrefix(trimmed, "-"))
			if entry == "" {
				report(line, "empty list entry")
				continue
			}
			last := &doc.fields[len(doc.fields)-1]
			last.list = append(last.list, entry)
			last.lines = append(last.lines, line)
		default:
			key, value, ok := strings.Cut(trimmed, ":")
			key = strings.TrimSpace(key)
			if !ok || key == "" || strings.ContainsAny(key, " \t") {
				report(line, "expected 'key: value', got "+quoteShort(trimmed))
				continue
			}
			if raw != strings.TrimLeft(raw, " \t") {
				report(line, "a key must start at the beginning of the line: "+quoteShort(key))
				continue
			}
			if first := firstLine(doc.fields, key); first > 0 {
				report(line, "field "+quoteShort(key)+" is written twice (first on line "+strconv.Itoa(first)+")")
				continue
			}
			value = strings.TrimSpace(value)
			doc.fields = append(doc.fields, field{key: key, value: value, isList: value == "", line: line})
		}
		if closed {
			break
		}
	}
	if !closed {
		report(len(strings.Split(strings.TrimRight(text, "\r\n"), "\n")), "the metadata header is not closed: add a line '---' after the last field")
		return doc
	}
	doc.bodyLine = i + 2
	if off <= len(text) {
		rest := text[off:]
		if strings.Contains(rest, "\r\n") || strings.HasSuffix(rest, "\r") {
			// Lines end in "\r\n": the body is the lines without their "\r".
			lines := strings.Split(rest, "\n")
			for k, l := range lines {
				lines[k] = strings.TrimSuffix(l, "\r")
			}
			rest = strings.Join(lines, "\n")
		}
		doc.body = strings.TrimSpace(rest)
		lead := rest[:len(rest)-len(strings.TrimLeft(rest, " \t\r\n"))]
		doc.bodyFirst = doc.bodyLine + strings.Count(lead, "\n")
	}
	return doc
}

// firstLine is the line of the field named key, or 0 if there is none.
func firstLine(fields []field, key string) int {
	for _, f := range fields {
		if f.key == key {
			return f.line
		}
	}
	return 0
}

// quoteShort quotes s for an error message, cut to a readable length.
func quoteShort(s string) string {
	const max = 60
	r := []rune(s)
	if len(r) > max {
		s = string(r[:max]) + "…"
	}
	return "\"" + s + "\""
}
