package model

import (
	"slices"
	"strconv"
	"strings"
)

// reference is a link from one item to another, kept with where it was
// written until every item is loaded and it can be resolved.
type reference struct {
	from  string
	field string
	to    string
	line  int
	kinds []Kind // what it may point at; empty means any kind
}

// decoder reads the typed fields of one document and records every problem.
type decoder struct {
	file    string
	doc     document
	used    []bool // per field of doc: looked up by the kind
	pending []reference
	id      string
	report  func(p Problem)
}

func (d *decoder) problem(line int, key, msg string) {
	d.report(Problem{File: d.file, Line: line, Field: key, Message: msg})
}

func (d *decoder) lookup(key string) (field, bool) {
	for i, f := range d.doc.fields {
		if f.key == key {
			if d.used == nil {
				d.used = make([]bool, len(d.doc.fields))
			}
			d.used[i] = true
			return f, true
		}
	}
	return field{}, false
}

// text reads a one-line field.
func (d *decoder) text(key string, required bool) string {
	f, ok := d.lookup(key)
	if !ok || (f.value == "" && !f.isList) {
		if required {
			d.problem(d.missingLine(f, ok), key, "required field is missing")
		}
		return ""
	}
	if f.isList {
		if len(f.list) == 0 && !required {
			return ""
		}
		d.problem(f.line, key, "must be written on one line, after the key")
		return ""
	}
	return f.value
}

// missingLine is where to point for a missing field: the empty key if it is
// there, otherwise the header's first line.
func (d *decoder) missingLine(f field, present bool) int {
	if present {
		return f.line
	}
	return 1
}

func (d *decoder) integer(key string, required bool) int {
	s := d.text(key, required)
	if s == "" {
		return 0
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 {
		f, _ := d.lookup(key)
		d.problem(f.line, key, "must be a whole number, got "+quoteShort(s))
	}
	return n
}

func (d *decoder) date(key string, required bool) *Date {
	s := d.text(key, required)
	if s == "" {
		return nil
	}
	date, err := ParseDate(s)
	if err != nil {
		f, _ := d.lookup(key)
		d.problem(f.line, key, err.Error())
		return nil
	}
	return &date
}

func (d *decoder) enum(key string, required bool, allowed []string) string {
	s := d.text(key, required)
	if s == "" {
		return ""
	}
	if !slices.Contains(allowed, s) {
		f, _ := d.lookup(key)
		d.problem(f.line, key, quoteShort(s)+" is not one of: "+strings.Join(allowed, ", "))
		return ""
	}
	return s
}

// language reads a two-letter ISO 639-1 language code ("en", "ro", "ko").
func (d *decoder) language() string {
	s := d.text("language", true)
	if s == "" {
		return ""
	}
	if len(s) != 2 || strings.Trim(s, "abcdefghijklmnopqrstuvwxyz") != "" {
		f, _ := d.lookup("language")
		d.problem(f.line, "language", quoteShort(s)+" is not a two-letter language code such as en, ro or ko")
		return ""
	}
	return s
}

// list reads a list field, with the line of each entry.
func (d *decoder) list(key string) ([]string, []int) {
	f, ok := d.lookup(key)
	if !ok {
		return nil, nil
	}
	vals := f.values()
	lines := f.lines
	if !f.isList {
		lines = make([]int, len(vals))
		for i := range lines {
			lines[i] = f.line
		}
	}
	return vals, lines
}

// refs reads a list of ids and records them to resolve once all is loaded.
func (d *decoder) refs(key string, kinds ...Kind) []string {
	vals, lines := d.list(key)
	for i, v := range vals {
		d.pending = append(d.pending, reference{from: d.id, field: key, to: v, line: lines[i], kinds: kinds})
	}
	return vals
}

// ref reads a single id.
func (d *decoder) ref(key string, required bool, kinds ...Kind) string {
	v := d.text(key, required)
	if v != "" {
		f, _ := d.lookup(key)
		d.pending = append(d.pending, reference{from: d.id, field: key, to: v, line: f.line, kinds: kinds})
	}
	return v
}

// sourceKinds is what a citation may point at, shared by all of them.
var sourceKinds = []Kind{KindSource}

// citations reads the sources field: each entry a source id and a locator.
func (d *decoder) citations() []Citation {
	vals, lines := d.list("sources")
	if len(vals) == 0 {
		f, ok := d.lookup("sources")
		d.problem(d.missingLine(f, ok), "sources", "every item must cite at least one source")
		return nil
	}
	out := make([]Citation, 0, len(vals))
	for i, v := range vals {
		src, loc, _ := strings.Cut(v, " ")
		src = strings.TrimSuffix(src, ",")
		out = append(out, Citation{Source: src, Locator: strings.TrimSpace(loc)})
		d.pending = append(d.pending, reference{from: d.id, field: "sources", to: src, line: lines[i], kinds: sourceKinds})
	}
	return out
}

// finish reports every field that the kind does not know.
func (d *decoder) finish() {
	for i, f := range d.doc.fields {
		if d.used == nil || !d.used[i] {
			d.problem(f.line, f.key, "unknown field for this kind of item")
		}
	}
}
