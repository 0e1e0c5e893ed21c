package personal

import (
	"fmt"
	"slices"
)

// ToggleFlag puts a flag on an item that has none and takes it off one that
// has, deciding on a fresh read of the file under the lock: two quick
// toggles, or toggles from two copies of the program, each flip the flag
// once. It returns whether the item is flagged now.
func (s *Store) ToggleFlag(id string) (bool, error) {
	var flagged bool
	err := s.setRecord(id, func(r *record) {
		r.Flag = !r.Flag
		flagged = r.Flag
	})
	return flagged, err
}

// AgendaShift moves an item on the agenda by delta places (negative is up,
// towards the top), stopping at either end. Like ToggleFlag it works on a
// fresh read, so quick repeated moves add up. It returns the item's new
// position, counted from 1.
func (s *Store) AgendaShift(id string, delta int) (int, error) {
	pos := 0
	err := s.change(func(st *state) error {
		i := agendaIndex(st.agenda, id)
		if i < 0 {
			return fmt.Errorf("%s is not on the agenda", id)
		}
		moved := st.agenda[i]
		j := max(0, min(i+delta, len(st.agenda)-1))
		st.agenda = slices.Delete(st.agenda, i, i+1)
		st.agenda = slices.Insert(st.agenda, j, moved)
		pos = j + 1
		return nil
	})
	return pos, err
}
