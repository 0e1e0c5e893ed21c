package ui

import (
	"os"
	"reflect"
	"strings"
	"testing"

	"charm.land/bubbles/v2/key"
)

// whereKeys says where each scope of the key map works, in the README's
// words.
var whereKeys = map[string]string{
	"Global": "anywhere", "Page": "anywhere", "List": "list", "Detail": "detail",
	"Find": "find box", "Line": "export's name", "Search": "search", "Help": "help",
	"Personal": "anywhere", "Editor": "note", "Confirm": "note, asked to save",
	"Timeline": "Timeline", "Tracker": "Tracker", "Agenda": "Agenda list", "WhatsNew": "What's new",
}

// keyTable is the README's table of keys, made from the key map the
// browser and its help overlay use: each binding's keys, where it works,
// and what the overlay says it does.
func keyTable(km any) string {
	var b strings.Builder
	b.WriteString("| Keys | Where | What |\n| --- | --- | --- |\n")
	row := func(keys []string, where, what string) {
		b.WriteString("| `" + strings.Join(keys, "` `") + "` | " + where + " | " + strings.ReplaceAll(what, "|", "\\|") + " |\n")
	}
	scopes := reflect.ValueOf(km)
	for i := range scopes.NumField() {
		scope, where := scopes.Field(i), whereKeys[scopes.Type().Field(i).Name]
		for j := range scope.NumField() {
			where := where
			switch scope.Type().Field(j).Name {
			case "Interrupt":
				where = "search, find box, export's name, help"
			case "Leave": // the page's: back when history has nothing to go back to
				where = "anywhere, with no history left"
			}
			switch f := scope.Field(j).Interface().(type) {
			case key.Binding:
				row(f.Keys(), where, f.Help().Desc)
			case []key.Binding: // the views: one row
				var ks, names []string
				for _, v := range f {
					ks, names = append(ks, v.Keys()...), append(names, v.Help().Desc)
				}
				row(ks, where, strings.Join(names, ", "))
			}
		}
	}
	return b.String()
}

// The README's key table is the key map's, so it says what the help
// overlay says, key for key.
func TestREADMEKeyTableIsTheKeyMap(t *testing.T) {
	m := newSized(t, testOptions(t), 120, 40)
	readme, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	if want := keyTable(m.c.Keys); !strings.Contains(string(readme), want) {
		t.Errorf("README.md's key table should be, as the key map says:\n\n%s", want)
	}
}
