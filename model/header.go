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
	fields   []field
	body     string
	bodyLine int // line on which the body starts
}

// parseDocument splits a file into its metadata header and Markdown body.
// Problems are reported through report with the line they concern; parsing
// goes on after a bad line so that all problems of a file are found at once.
func parseDocument(text string, report func(line int, msg string)) document {
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimSuffix(l, "\r")
	}
	if len(lines) == 0 || strings.TrimSpace(lines[0]) != "---" {
		report(1, "the file must start with a metadata header: a line '---', fields, and another '---'")
		return document{body: text, bodyLine: 1}
	}
	var doc document
	seen := map[string]int{}
	closed := false
	i := 1
	for ; i < len(lines); i++ {
		raw := lines[i]
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
			if first, dup := seen[key]; dup {
				report(line, "field "+quoteShort(key)+" is written twice (first on line "+strconv.Itoa(first)+")")
				continue
			}
			seen[key] = line
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
	if i+1 < len(lines) {
		doc.body = strings.TrimSpace(strings.Join(lines[i+1:], "\n"))
	}
	return doc
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
