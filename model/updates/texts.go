package updates

import (
	"io/fs"
	"os"
	"path/filepath"

	"github.com/eu-rok/briefing/model"
	"github.com/eu-rok/briefing/model/pack"
	"github.com/eu-rok/briefing/model/whatsnew"
)

// The texts the user last read are kept one file each, named by hash, so
// that a diff can be shown after the content they came from is gone (a
// new program, a newer pack). A text is checked against its name when
// read: a file cut short by a crash only loses that one diff.

func (t *Tracker) textsDir() string { return filepath.Join(t.dir, "texts") }

// keepText stores the text of an item as the content in use has it.
func (t *Tracker) keepText(it whatsnew.Item) error {
	path := filepath.Join(t.textsDir(), it.Hash)
	if _, err := t.text(it.Hash); err == nil {
		return nil
	}
	e, ok := t.content.Briefing.Get(it.ID)
	if !ok {
		return nil
	}
	data, err := fs.ReadFile(t.content.Files, e.Base().File)
	if err != nil {
		return err
	}
	return os.WriteFile(path, data, 0o600)
}

// text reads a kept text, made safe for a terminal.
func (t *Tracker) text(hash string) (string, error) {
	data, err := readLimited(filepath.Join(t.textsDir(), hash), pack.MaxFileSize)
	if err != nil {
		return "", err
	}
	if pack.Hash(data) != hash {
		return "", fs.ErrNotExist
	}
	return model.Sanitize(string(data)), nil
}

// dropTexts removes the texts the record no longer names.
func (t *Tracker) dropTexts() {
	keep := map[string]bool{}
	for _, e := range t.st.Items {
		keep[e.Read] = true
	}
	entries, _ := os.ReadDir(t.textsDir())
	for _, e := range entries {
		if !keep[e.Name()] {
			os.Remove(filepath.Join(t.textsDir(), e.Name()))
		}
	}
}
