package ui

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/eu-rok/briefing/model"
	"github.com/eu-rok/briefing/model/export"
	"github.com/eu-rok/briefing/ui/keys"
	"github.com/eu-rok/briefing/ui/notes"
	"github.com/eu-rok/briefing/ui/page"
)

// exportedMsg says where an export was written, or why it was not.
type exportedMsg struct {
	path    string
	what    string // "the agenda", "SEMI-1"
	items   int
	skipped int // agenda ids the briefing does not have
	err     error
}

// exportNamedMsg is the name the user gave an export.
type exportNamedMsg struct{ name string }

// export asks, in the status bar, for the name of a printable HTML
// briefing note with the user's notes, of what the view shown says (the
// agenda in the Agenda view, elsewhere the current item: an area with its
// joint actions, as `briefing export --area` does). The name offered says
// what and when; Enter writes it (exportAs).
func (m *Model) export(tea.KeyPressMsg) tea.Cmd {
	x, _, _, ok := m.exportable()
	if !ok {
		return nil
	}
	m.kb.name.Ask("export as", m.exportName(x), func(name string) tea.Msg { return exportNamedMsg{name: name} })
	return m.enter(naming)
}

// exportName is the name an export is offered: what and when.
func (m *Model) exportName(x page.Export) string {
	return "briefing-" + notes.FileSafe(x.Name) + "-" + m.c.Today.Format("2006-01-02")
}

// exportable is what the view shown would export: the items, and the ids
// of the agenda the briefing does not have; or false (and the status bar
// says why) when there is nothing.
func (m *Model) exportable() (x page.Export, items []model.Entry, missing []string, ok bool) {
	x, ok = m.page().Export()
	if !ok {
		m.status.err = "nothing to export here: select an item first"
		return x, nil, nil, false
	}
	items, missing, err := export.Select(m.c.B, x.Selection)
	if err != nil {
		m.status.err = "nothing to export: the agenda has no item of the briefing (" + keys.Name(m.c.Keys.Personal.AgendaAdd) + " adds the item you are on)"
		return x, nil, nil, false
	}
	return x, items, missing, true
}

// exportAs builds the export under a name (".html" added when it has no
// such ending; an empty name is the one offered) and writes it in a
// command; exportedMsg says where it went.
func (m *Model) exportAs(name string) tea.Cmd {
	b := m.c.B
	x, items, missing, ok := m.exportable()
	if !ok {
		return nil
	}
	opts := export.Options{Title: x.Title, Today: m.c.Today}
	if m.notes.Off() == "" {
		opts.Note, opts.ItemChanged = m.notes.Note, m.notes.ItemChanged
	}
	name = strings.TrimSuffix(strings.TrimSpace(name), ".html")
	if name == "" {
		name = m.exportName(x)
	}
	file := notes.FileSafe(name) + ".html"
	dir, dirErr := m.exportDir()
	what := x.What
	return func() tea.Msg {
		done := exportedMsg{what: what, items: len(items), skipped: len(missing)}
		data, err := export.HTML(b, items, opts)
		if err == nil {
			err = dirErr
		}
		if err != nil {
			done.err = fmt.Errorf("exporting %s: %w", what, err)
			return done
		}
		done.path, done.err = writeExport(dir, file, data)
		return done
	}
}

// exportDir is where exports go: exports/ in the data directory, a place
// that does not depend on where the browser was started; the current
// directory only when there is no data directory at all.
func (m *Model) exportDir() (string, error) {
	if d := m.notes.Dir(); d != "" {
		return filepath.Join(d, "exports"), nil
	}
	return os.Getwd()
}

// writeExport writes data into dir under a name no file has yet,
// atomically (a half-written export is never left, and nothing is ever
// replaced). It holds the user's notes, so its mode is export.FileMode's
// for them.
func writeExport(dir, file string, data []byte) (string, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", fmt.Errorf("exporting: %w", err)
	}
	path := freeName(filepath.Join(dir, file))
	err := export.WriteFile(path, data, true, false)
	for errors.Is(err, export.ErrExists) { // taken since freeName looked
		path = freeName(path)
		err = export.WriteFile(path, data, true, false)
	}
	if err != nil {
		return "", fmt.Errorf("exporting: writing %s: %w", path, err)
	}
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	return path, nil
}

// freeName adds -2, -3 … before the extension until no file has the name,
// so an export never replaces an earlier one.
func freeName(path string) string {
	ext := filepath.Ext(path)
	stem := strings.TrimSuffix(path, ext)
	for i := 2; ; i++ {
		// Free, or not even readable: either way the write will tell.
		if _, err := os.Lstat(path); err != nil {
			return path
		}
		path = fmt.Sprintf("%s-%d%s", stem, i, ext)
	}
}

// exported says where the file went.
func (m *Model) exported(msg exportedMsg) {
	if msg.err != nil {
		m.status.err = msg.err.Error()
		return
	}
	what := msg.what
	if msg.items > 1 {
		what += fmt.Sprintf(" (%d items)", msg.items)
	}
	// The path first: on a narrow terminal the end of the line is cut.
	info := "exported to " + msg.path + ": " + what + " with your notes"
	if msg.skipped > 0 {
		info += "; " + model.Plural(msg.skipped, "id", "ids") + " not in the briefing left out"
	}
	m.status.info = info
}
