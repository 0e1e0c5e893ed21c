// Package uitest helps the browser's tests run what a component returns
// as Bubble Tea would, but in order and at once, so that a test reads the
// outcome of a key without waiting on anything.
package uitest

import tea "charm.land/bubbletea/v2"

// Run runs a command tree: batches are opened, and each message is
// offered to take, which answers with the command it makes and whether
// the message was its own. Run returns the messages nothing took, in the
// order they came; a quit ends nothing here.
func Run(cmd tea.Cmd, take func(tea.Msg) (tea.Cmd, bool)) []tea.Msg {
	var left []tea.Msg
	queue := []tea.Cmd{cmd}
	for len(queue) > 0 {
		c := queue[0]
		queue = queue[1:]
		if c == nil {
			continue
		}
		switch msg := c().(type) {
		case tea.BatchMsg:
			queue = append(queue, msg...)
		case nil, tea.QuitMsg:
		default:
			if next, ok := take(msg); ok {
				queue = append(queue, next)
			} else {
				left = append(left, msg)
			}
		}
	}
	return left
}
