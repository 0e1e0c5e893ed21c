package model

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"
	"unsafe"

	"github.com/eu-rok/briefing/model/safefile"
)

// MaxFileSize is the largest content file the loader accepts. A briefing item
// is a few kilobytes; anything near this is a mistake or an attack.
const MaxFileSize = 10 << 20

// MaxPackSize is the largest content directory, all files together.
const MaxPackSize = 200 << 20

// The longest title and summary, in characters: a title is a line, a
// summary a few sentences. (The briefing's are at most 80 and 170.) A pack
// with a title of a megabyte is refused, rather than slowing every list
// and search down.
const (
	maxTitle   = 200
	maxSummary = 1000
)

// Load reads every item of a content directory, checks it and links it. It
// reports every problem at once, as Problems, and returns no briefing at all
// when there is any: bad content never half-loads.
//
// Files are read and decoded on every core, then taken in the order of the
// folders and of the file names, so that the briefing, the problems and
// which of two files with the same id is the duplicate do not depend on
// which core was quicker.
func Load(fsys fs.FS) (*Briefing, error) {
	l := loader{b: newBriefing()}
	var jobs []loadJob
	for _, kind := range Kinds() {
		dir := kind.Folder()
		entries, err := fs.ReadDir(fsys, dir)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			continue
		case err != nil:
			jobs = append(jobs, loadJob{problem: &Problem{File: dir, Message: "cannot read folder: " + err.Error()}})
			continue
		}
		for _, e := range entries {
			name := path.Join(dir, e.Name())
			if e.IsDir() || !strings.HasSuffix(e.Name(), ".md") {
				jobs = append(jobs, loadJob{problem: &Problem{File: name, Message: "not a content file: a folder holds only .md files, one item each"}})
				continue
			}
			jobs = append(jobs, loadJob{kind: kind, name: name})
		}
	}
	decodeJobs(fsys, jobs)
	if files := len(jobs); files > 64 {
		l.b.byID = make(map[string]Entry, files)
		l.files = make(map[string]string, files)
	}
	refs := 0
	for i := range jobs {
		refs += len(jobs[i].file.refs)
	}
	l.refs = make([]reference, 0, refs)
	total := 0
	for i := range jobs {
		j := &jobs[i]
		if j.problem != nil {
			l.add(*j.problem)
			continue
		}
		if !j.read {
			j.load(fsys, nil) // not reached by the workers (see decodeJobs)
		}
		if j.readErr != nil {
			l.add(Problem{File: j.name, Message: j.readErr.Error()})
			continue
		}
		total += j.size
		if total > MaxPackSize {
			l.add(Problem{File: j.name, Message: fmt.Sprintf("the content is larger than %d MB in all; refusing to read more", MaxPackSize>>20)})
			return nil, l.problems.sorted()
		}
		l.take(j)
	}
	l.checkKnownFolders(fsys)
	l.checkNotEmpty(jobs)
	l.loadVocabulary(fsys)
	l.resolve()
	if len(l.problems) > 0 {
		return nil, l.problems.sorted()
	}
	l.b.index()
	return l.b, nil
}

// loadJob is one entry of a content folder: a problem found while listing,
// or a file, read and decoded on its own.
type loadJob struct {
	problem *Problem // a listing problem; nothing else is set
	kind    Kind
	name    string

	read    bool  // decodeJobs got to it (it stops past MaxPackSize)
	readErr error // it could not be read
	size    int   // bytes read
	file    decodedFile
}

// decodedFile is what decoding one file found, before it is checked
// against the other files: its item, its references, its problems, and
// its id for the duplicate check, which the problems up to preDup come
// before.
type decodedFile struct {
	entry    Entry
	refs     []reference
	problems []Problem
	id       string
	idLine   int
	preDup   int
	checkDup bool
}

// decodeJobs reads and decodes the files of jobs, on up to GOMAXPROCS
// goroutines (one for a small folder). Workers take files in order and stop
// taking them once MaxPackSize bytes are read: Load never reaches a file
// past that, so a huge folder is not read into memory.
func decodeJobs(fsys fs.FS, jobs []loadJob) {
	workers := min(runtime.GOMAXPROCS(0), 8)
	if len(jobs) < 64 {
		workers = 1
	}
	var next, read atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			// Every job taken is done in full, so the jobs before the
			// first one not taken hold more than MaxPackSize bytes when
			// the workers stop early: Load stops before reaching it.
			var scratch []field
			for read.Load() <= MaxPackSize {
				i := int(next.Add(1) - 1)
				if i >= len(jobs) {
					return
				}
				if j := &jobs[i]; j.problem == nil {
					scratch = j.load(fsys, scratch)
					read.Add(int64(j.size))
				}
			}
		})
	}
	wg.Wait()
}

// load reads and decodes the job's file.
// scratch is a slice for the header fields, reused from file to file; the
// one to reuse next is returned.
func (j *loadJob) load(fsys fs.FS, scratch []field) []field {
	data, err := readContent(fsys, j.name)
	j.read = true
	if err != nil {
		j.readErr = err
		return scratch
	}
	j.size = len(data)
	j.file, scratch = decodeFile(j.kind, j.name, data, scratch)
	return scratch
}

// take adds one decoded file to the briefing, checking its id against the
// files before it.
func (l *loader) take(j *loadJob) {
	d := &j.file
	if d.checkDup {
		if l.files == nil {
			l.files = map[string]string{}
		}
		if other, dup := l.files[IDKey(d.id)]; dup {
			// As if decoding had stopped at the id: what it found after is
			// not reported.
			l.problems = append(l.problems, d.problems[:d.preDup]...)
			l.add(Problem{File: j.name, Line: d.idLine, Field: "id", Message: fmt.Sprintf("duplicate id %s: %s has it too", d.id, other)})
			return
		}
		l.files[IDKey(d.id)] = j.name
	}
	l.problems = append(l.problems, d.problems...)
	if d.entry != nil {
		l.refs = append(l.refs, d.refs...)
		l.b.add(d.entry)
	}
}

// readContent reads a content file: opened once and checked on the open
// handle (see safefile.ReadRegular), a regular file of at most MaxFileSize
// bytes. Through DirFS a named pipe is opened without waiting, and refused.
func readContent(fsys fs.FS, name string) ([]byte, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, fmt.Errorf("cannot read: %w", err)
	}
	defer f.Close()
	data, err := safefile.ReadRegular(f, MaxFileSize)
	var nr *safefile.NotRegularError
	switch {
	case errors.As(err, &nr):
		return nil, errors.New("not a regular file")
	case errors.Is(err, safefile.ErrTooLarge):
		return nil, fmt.Errorf("file is more than the %d MB a content file may have", MaxFileSize>>20)
	case err != nil:
		return nil, fmt.Errorf("cannot read: %w", err)
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
	for _, e := range entries {
		if e.IsDir() && !slices.Contains(Folders(), e.Name()) && !strings.HasPrefix(e.Name(), ".") {
			l.add(Problem{File: e.Name(), Message: "unknown folder: content folders are " + strings.Join(Folders(), ", ")})
		}
	}
}

// Folders are the folders a content directory may hold: one for each kind
// of item, in the order of Kinds, then the search vocabulary.
func Folders() []string {
	var names []string
	for _, k := range Kinds() {
		names = append(names, k.Folder())
	}
	return append(names, VocabularyFolder)
}

type loader struct {
	b        *Briefing
	problems Problems
	refs     []reference
	files    map[string]string // item id (folded) -> file, for duplicates
}

func (l *loader) add(p Problem) { l.problems = append(l.problems, p) }

// decodeFile checks the bytes of one file and decodes its item, on its
// own: the duplicate check is left to take.
//
// The header's fields go into scratch, returned for the next file: nothing
// decoded refers to that slice, only to the strings in it.
func decodeFile(kind Kind, name string, data []byte, scratch []field) (decodedFile, []field) {
	var out decodedFile
	add := func(p Problem) { out.problems = append(out.problems, p) }
	switch {
	case len(bytes.TrimSpace(data)) == 0:
		add(Problem{File: name, Line: 1, Message: "file is empty"})
		return out, scratch
	case bytes.IndexByte(data, 0) >= 0:
		add(Problem{File: name, Line: 1 + bytes.Count(data[:bytes.IndexByte(data, 0)], []byte("\n")), Message: "file is binary (it holds a NUL byte), not Markdown"})
		return out, scratch
	case !utf8.Valid(data):
		add(Problem{File: name, Line: invalidUTF8Line(data), Message: "file is not valid UTF-8 text"})
		return out, scratch
	}
	// The text is the bytes read, not a copy: nothing else holds them, and
	// nothing writes to them from here on.
	text := strings.ReplaceAll(strings.TrimPrefix(unsafe.String(unsafe.SliceData(data), len(data)), "\uFEFF"), "\r\n", "\n")
	if mayNeedSanitizing(text) {
		text = Sanitize(text)
	}
	d := &decoder{file: name, report: add}
	d.doc = parseDocumentInto(text, func(line int, msg string) { add(Problem{File: name, Line: line, Message: msg}) }, scratch)
	scratch = d.doc.fields[:0]
	if d.doc.bodyLine == 0 && len(d.doc.fields) == 0 {
		return out, scratch
	}
	item, ok := commonItem(d, kind, name, &out)
	if !ok {
		return out, scratch
	}
	out.entry = decodeKind(d, kind, item)
	d.finish()
	out.refs = d.pending
	return out, scratch
}

// mayNeedSanitizing is strings.ContainsFunc(s, needsSanitizing), quick on
// ASCII: only control bytes need it there.
func mayNeedSanitizing(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(s[i:])
			if needsSanitizing(r) {
				return true
			}
			i += size - 1
		case c < 0x20 && c != '\n' && c != '\t', c == 0x7f:
			return true
		}
	}
	return false
}

// commonItem reads the fields every item has and checks its id, all but
// whether another file has it: it records the id for take to check, and
// goes on as if none had.
func commonItem(d *decoder, kind Kind, name string, out *decodedFile) (Item, bool) {
	id := d.text("id", true)
	if id == "" {
		return Item{}, false
	}
	idField, _ := d.lookup("id")
	if !ValidID(id) {
		d.problem(idField.line, "id", quoteShort(id)+" is not a valid id: use letters, digits, '-' and '.'")
		return Item{}, false
	}
	if want := id + ".md"; path.Base(name) != want {
		d.problem(idField.line, "id", fmt.Sprintf("the file of %s must be named %s", id, want))
	}
	out.id, out.idLine, out.preDup, out.checkDup = id, idField.line, len(out.problems), true
	d.id = id
	aliases, _ := d.list("aliases")
	for _, limit := range []struct {
		key string
		max int
	}{{"title", maxTitle}, {"summary", maxSummary}} {
		if f, ok := d.lookup(limit.key); ok && utf8.RuneCountInString(f.value) > limit.max {
			d.problem(f.line, limit.key, fmt.Sprintf("%d characters: a %s has at most %d", utf8.RuneCountInString(f.value), limit.key, limit.max))
		}
	}
	item := Item{
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
	item.BodyLine = d.doc.bodyFirst
	return item, true
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
