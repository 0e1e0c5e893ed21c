package model

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"strings"
	"unicode/utf8"
)

// MaxFileSize is the largest content file the loader accepts. A briefing item
// is a few kilobytes; anything near this is a mistake or an attack.
const MaxFileSize = 10 << 20

// MaxPackSize is the largest content directory, all files together.
const MaxPackSize = 200 << 20

var idPattern = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9.-]*$`)

// Load reads every item of a content directory, checks it and links it. It
// reports every problem at once, as Problems, and returns no briefing at all
// when there is any: bad content never half-loads.
func Load(fsys fs.FS) (*Briefing, error) {
	l := loader{b: newBriefing()}
	total := 0
	for _, kind := range Kinds() {
		dir := kind.Folder()
		entries, err := fs.ReadDir(fsys, dir)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			l.add(Problem{File: dir, Message: "cannot read folder: " + err.Error()})
			continue
		}
		for _, e := range entries {
			name := path.Join(dir, e.Name())
			if e.IsDir() || !strings.HasSuffix(e.Name(), ".md") {
				l.add(Problem{File: name, Message: "not a content file: a folder holds only .md files, one item each"})
				continue
			}
			data, err := readLimited(fsys, name)
			if err != nil {
				l.add(Problem{File: name, Message: err.Error()})
				continue
			}
			total += len(data)
			if total > MaxPackSize {
				l.add(Problem{File: name, Message: fmt.Sprintf("the content is larger than %d MB in all; refusing to read more", MaxPackSize>>20)})
				return nil, l.problems.sorted()
			}
			l.file(kind, name, data)
		}
	}
	l.checkKnownFolders(fsys)
	l.resolve()
	if len(l.problems) > 0 {
		return nil, l.problems.sorted()
	}
	l.b.index()
	return l.b, nil
}

// readLimited reads a file, refusing links out of the folder, oversized
// files and anything that is not a regular file.
func readLimited(fsys fs.FS, name string) ([]byte, error) {
	info, err := fs.Stat(fsys, name)
	if err != nil {
		return nil, fmt.Errorf("cannot read: %w", err)
	}
	if !info.Mode().IsRegular() {
		return nil, errors.New("not a regular file")
	}
	if info.Size() > MaxFileSize {
		return nil, fmt.Errorf("file is %d bytes, more than the %d MB a content file may have", info.Size(), MaxFileSize>>20)
	}
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, fmt.Errorf("cannot read: %w", err)
	}
	if len(data) > MaxFileSize {
		return nil, fmt.Errorf("file is more than the %d MB a content file may have", MaxFileSize>>20)
	}
	return data, nil
}

// checkKnownFolders reports folders that hold no kind of item, so that a
// misspelt folder is not silently ignored.
func (l *loader) checkKnownFolders(fsys fs.FS) {
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		l.add(Problem{File: ".", Message: "cannot read the content directory: " + err.Error()})
		return
	}
	known := map[string]bool{}
	for _, k := range Kinds() {
		known[k.Folder()] = true
	}
	for _, e := range entries {
		if e.IsDir() && !known[e.Name()] && !strings.HasPrefix(e.Name(), ".") {
			l.add(Problem{File: e.Name(), Message: "unknown folder: content folders are " + folderList()})
		}
	}
}

func folderList() string {
	var names []string
	for _, k := range Kinds() {
		names = append(names, k.Folder())
	}
	return strings.Join(names, ", ")
}

type loader struct {
	b        *Briefing
	problems Problems
	refs     []reference
	files    map[string]string // item id (folded) -> file, for duplicates
}

func (l *loader) add(p Problem) { l.problems = append(l.problems, p) }

// file checks the bytes of one file and decodes its item.
func (l *loader) file(kind Kind, name string, data []byte) {
	switch {
	case len(bytes.TrimSpace(data)) == 0:
		l.add(Problem{File: name, Line: 1, Message: "file is empty"})
		return
	case bytes.IndexByte(data, 0) >= 0:
		l.add(Problem{File: name, Line: 1 + bytes.Count(data[:bytes.IndexByte(data, 0)], []byte("\n")), Message: "file is binary (it holds a NUL byte), not Markdown"})
		return
	case !utf8.Valid(data):
		l.add(Problem{File: name, Line: invalidUTF8Line(data), Message: "file is not valid UTF-8 text"})
		return
	}
	text := Sanitize(strings.ReplaceAll(strings.TrimPrefix(string(data), "\uFEFF"), "\r\n", "\n"))
	d := &decoder{file: name, used: map[string]bool{}, report: l.add}
	d.doc = parseDocument(text, func(line int, msg string) { l.add(Problem{File: name, Line: line, Message: msg}) })
	if d.doc.bodyLine == 0 && len(d.doc.fields) == 0 {
		return
	}
	item := l.common(d, kind, name)
	if item == nil {
		return
	}
	entry := decodeKind(d, kind, *item)
	d.finish()
	l.refs = append(l.refs, d.pending...)
	l.b.add(entry)
}

// common reads the fields every item has and checks its id.
func (l *loader) common(d *decoder, kind Kind, name string) *Item {
	id := d.text("id", true)
	if id == "" {
		return nil
	}
	idField, _ := d.lookup("id")
	if !idPattern.MatchString(id) {
		d.problem(idField.line, "id", quoteShort(id)+" is not a valid id: use letters, digits, '-' and '.'")
		return nil
	}
	if want := id + ".md"; path.Base(name) != want {
		d.problem(idField.line, "id", fmt.Sprintf("the file of %s must be named %s", id, want))
	}
	if l.files == nil {
		l.files = map[string]string{}
	}
	if other, dup := l.files[fold(id)]; dup {
		d.problem(idField.line, "id", fmt.Sprintf("duplicate id %s: %s has it too", id, other))
		return nil
	}
	l.files[fold(id)] = name
	d.id = id
	aliases, _ := d.list("aliases")
	item := &Item{
		ID:      id,
		Kind:    kind,
		Title:   d.text("title", true),
		Summary: d.text("summary", true),
		Body:    d.doc.body,
		Aliases: aliases,
		Related: d.refs("related"),
		Sources: d.citations(),
		File:    name,
		Line:    idField.line,
	}
	return item
}

func invalidUTF8Line(data []byte) int {
	line := 1
	for len(data) > 0 {
		r, size := utf8.DecodeRune(data)
		if r == utf8.RuneError && size <= 1 {
			return line
		}
		if r == '\n' {
			line++
		}
		data = data[size:]
	}
	return line
}

// fold is how ids compare: without regard to case.
func fold(id string) string { return strings.ToUpper(id) }
