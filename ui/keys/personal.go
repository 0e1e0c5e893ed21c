package keys

import "charm.land/bubbles/v2/key"

// Personal acts on the user's own layer: the note and the flag on the
// current item, the agenda, the export and the copy as a citation.
type Personal struct {
	Flag, EditNote, EditExternal, AgendaAdd key.Binding
	// AgendaRemove, AgendaUp and AgendaDown work in the Agenda view only.
	AgendaRemove, AgendaUp, AgendaDown key.Binding
	Export, Copy                       key.Binding
}

// Editor is the in-app note editor's own keys; every other key is text.
// Close on changed text asks first: Yes saves, No throws the changes away,
// Back returns to the text.
type Editor struct {
	Save, Close, Yes, No, Back key.Binding
}

// DefaultPersonal returns the personal layer's bindings.
func DefaultPersonal() Personal {
	b := key.NewBinding
	k, h := key.WithKeys, key.WithHelp
	return Personal{
		Flag:         b(k("*", "m"), h("*/m", "flag ★ on/off")),
		EditNote:     b(k("e"), h("e", "edit your note ✎")),
		EditExternal: b(k("E"), h("E", "edit the note in $EDITOR")),
		AgendaAdd:    b(k("a"), h("a", "add to the agenda")),
		AgendaRemove: b(k("x", "d", "delete"), h("x/d", "take off the agenda"), key.WithDisabled()),
		AgendaUp:     b(k("K", "shift+up"), h("K/shift+↑", "move up the agenda"), key.WithDisabled()),
		AgendaDown:   b(k("J", "shift+down"), h("J/shift+↓", "move down the agenda"), key.WithDisabled()),
		Export:       b(k("X", "ctrl+e"), h("X/ctrl+e", "export to HTML")),
		Copy:         b(k("y", "c"), h("y/c", "copy as a citation")),
	}
}

// DefaultEditor returns the note editor's bindings.
func DefaultEditor() Editor {
	b := key.NewBinding
	k, h := key.WithKeys, key.WithHelp
	return Editor{
		Save:  b(k("ctrl+s"), h("ctrl+s", "save")),
		Close: b(k("esc"), h("esc", "close")),
		Yes:   b(k("y", "enter", "ctrl+s"), h("y/enter", "save")),
		No:    b(k("n"), h("n", "discard the changes")),
		Back:  b(k("esc", "ctrl+c"), h("esc", "back to the text")),
	}
}

// bindings lists the personal keys for the help overlay.
func (p Personal) bindings() []key.Binding {
	return []key.Binding{p.Flag, p.EditNote, p.EditExternal, p.AgendaAdd, p.AgendaRemove, p.AgendaUp, p.AgendaDown, p.Export, p.Copy}
}
