// Package whatsnew compares two versions of the briefing: which items were
// added, changed and removed, grouped by kind, with a word-level diff of
// each changed item's text. It knows nothing of where the versions come
// from: model/updates remembers what the user last read, and the command
// line compares directories and packs.
package whatsnew

import (
	"fmt"
	"io/fs"

	"github.com/eu-rok/briefing/model"
	"github.com/eu-rok/briefing/model/pack"
)

// Item is what a comparison knows of one item in one version.
type Item struct {
	ID    string     `json:"id"`
	Kind  model.Kind `json:"kind"`
	Title string     `json:"title"`
	Hash  string     `json:"hash"` // of its file, as in the manifest
}

// Side is one version in a comparison: its items in reading order and a
// way to read each one's text (its whole file: header and body).
type Side struct {
	Version string
	Items   []Item
	Text    func(Item) (string, error)
}

// ContentSide is a loaded version of the content as one side of a
// comparison.
func ContentSide(c *pack.Content) Side {
	all := c.Briefing.All()
	items := make([]Item, 0, len(all))
	files := make(map[string]string, len(all)) // id → file
	for _, e := range all {
		it := e.Base()
		items = append(items, Item{ID: it.ID, Kind: it.Kind, Title: it.Title, Hash: c.Manifest.Files[it.File]})
		files[it.ID] = it.File
	}
	return Side{
		Version: c.Manifest.Version,
		Items:   items,
		Text: func(it Item) (string, error) {
			data, err := fs.ReadFile(c.Files, files[it.ID])
			if err != nil {
				return "", fmt.Errorf("reading %s: %w", it.ID, err)
			}
			return model.Sanitize(string(data)), nil
		},
	}
}
