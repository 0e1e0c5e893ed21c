// Package guard runs a Bubble Tea program so that a panic anywhere in it
// (Init, Update, View or a command) ends the program the ordinary way: the
// terminal leaves the alternate screen and is restored, and Run returns a
// *PanicError for the caller to report in a few lines, instead of Bubble
// Tea's own report and a full stack printed over the screen.
package guard

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"runtime/debug"
	"strings"
	"sync"

	tea "charm.land/bubbletea/v2"
)

// PanicError is what Run returns when the program panicked. By then the
// terminal has been restored (the program quit as on q), so the caller can
// print a short report on a clean screen.
type PanicError struct {
	Value any    // what was passed to panic
	Stack []byte // the goroutine's stack where it panicked, as debug.Stack gives it
}

func (e *PanicError) Error() string { return fmt.Sprintf("%v", e.Value) }

// ShortStack is the stack of the panic cut to the frames that matter: from
// the function that panicked outwards, at most n of them, one a line as
// "function (file:line)", without the runtime's and the recovery's frames.
func (e *PanicError) ShortStack(n int) string {
	return shortStack(e.Stack, n)
}

// guard wraps the root model and catches its panics.
type guard struct {
	inner tea.Model
	state *guardState
}

type guardState struct {
	mu    sync.Mutex
	crash *PanicError
	quit  func() // asks the program to quit, from outside its event loop
}

// panicMsg carries a panic out of a command's goroutine into Update.
type panicMsg struct{ err *PanicError }

func newGuard(m tea.Model) *guard { return &guard{inner: m, state: &guardState{}} }

// record keeps the first panic; later ones are its consequences.
func (s *guardState) record(r any, stack []byte) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.crash == nil {
		s.crash = &PanicError{Value: r, Stack: stack}
	}
}

func (s *guardState) crashed() *PanicError {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.crash
}

func (g *guard) Init() (cmd tea.Cmd) {
	defer func() {
		if r := recover(); r != nil {
			g.state.record(r, debug.Stack())
			cmd = tea.Quit
		}
	}()
	return g.wrap(g.inner.Init())
}

func (g *guard) Update(msg tea.Msg) (model tea.Model, cmd tea.Cmd) {
	if g.state.crashed() != nil {
		return g, tea.Quit
	}
	if pm, ok := msg.(panicMsg); ok {
		g.state.record(pm.err.Value, pm.err.Stack)
		return g, tea.Quit
	}
	defer func() {
		if r := recover(); r != nil {
			g.state.record(r, debug.Stack())
			model, cmd = g, tea.Quit
		}
	}()
	m, c := g.inner.Update(msg)
	g.inner = m
	return g, g.wrap(c)
}

func (g *guard) View() (v tea.View) {
	if g.state.crashed() != nil {
		return tea.NewView("")
	}
	defer func() {
		if r := recover(); r != nil {
			g.state.record(r, debug.Stack())
			v = tea.NewView("")
			if g.state.quit != nil {
				// View runs on the event loop: ask to quit from elsewhere.
				go g.state.quit()
			}
		}
	}()
	return g.inner.View()
}

// cmdSlice is the type of tea.BatchMsg and of Bubble Tea's unexported
// sequence message: lists of commands it runs itself.
var cmdSlice = reflect.TypeFor[[]tea.Cmd]()

// wrap makes a command report a panic as a message instead of crashing, and
// wraps the commands of a batch or sequence it returns too.
func (g *guard) wrap(cmd tea.Cmd) tea.Cmd {
	if cmd == nil {
		return nil
	}
	return func() (msg tea.Msg) {
		defer func() {
			if r := recover(); r != nil {
				msg = panicMsg{&PanicError{Value: r, Stack: debug.Stack()}}
			}
		}()
		msg = cmd()
		if v := reflect.ValueOf(msg); msg != nil && v.Kind() == reflect.Slice && v.Type().ConvertibleTo(cmdSlice) {
			out := reflect.MakeSlice(v.Type(), v.Len(), v.Len())
			for i := range v.Len() {
				c, _ := v.Index(i).Interface().(tea.Cmd)
				out.Index(i).Set(reflect.ValueOf(g.wrap(c)).Convert(v.Type().Elem()))
			}
			msg = out.Interface()
		}
		return msg
	}
}

// Run runs a model in a program whose panics come back as a *PanicError
// once the terminal is restored.
func Run(ctx context.Context, m tea.Model, opts ...tea.ProgramOption) error {
	g := newGuard(m)
	p := tea.NewProgram(g, append([]tea.ProgramOption{tea.WithContext(ctx)}, opts...)...)
	g.state.quit = p.Quit
	_, err := p.Run()
	if crash := g.state.crashed(); crash != nil {
		return crash
	}
	if errors.Is(err, tea.ErrProgramPanic) {
		// Caught by Bubble Tea itself (its renderer, say), which has
		// restored the terminal and printed the stack already.
		return &PanicError{Value: err}
	}
	return err
}

// shortStack keeps the frames after the panic: the function that panicked
// first. Without a panic frame (a stack taken elsewhere), it keeps all.
func shortStack(stack []byte, n int) string {
	lines := strings.Split(strings.TrimSpace(string(stack)), "\n")
	type frame struct{ fn, where string }
	var frames []frame
	for i := 1; i+1 < len(lines); i += 2 { // line 0 is "goroutine N [running]:"
		fn := strings.TrimSpace(lines[i])
		where := strings.TrimSpace(lines[i+1])
		if j := strings.LastIndex(where, " +0x"); j >= 0 {
			where = where[:j]
		}
		if j := strings.LastIndexByte(fn, '('); j > 0 {
			fn = fn[:j]
		}
		frames = append(frames, frame{fn, where})
	}
	start := 0
	for i, f := range frames {
		if f.fn == "panic" || strings.HasPrefix(f.fn, "runtime.gopanic") || strings.HasPrefix(f.fn, "runtime.panic") {
			start = i + 1
		}
	}
	var b strings.Builder
	for _, f := range frames[start:] {
		if n <= 0 {
			break
		}
		if strings.HasPrefix(f.fn, "runtime.") {
			continue
		}
		fmt.Fprintf(&b, "  %s (%s)\n", f.fn, trimPath(f.where))
		n--
	}
	return b.String()
}

// trimPath shortens a source path: a module's path in the module cache or
// a -trimpath build, otherwise the last directory and the file.
func trimPath(p string) string {
	if i := strings.LastIndex(p, "/pkg/mod/"); i >= 0 {
		return p[i+len("/pkg/mod/"):]
	}
	if i := strings.LastIndex(p, "/briefing/"); i >= 0 {
		return p[i+len("/briefing/"):]
	}
	parts := strings.Split(p, "/")
	if len(parts) > 2 {
		return strings.Join(parts[len(parts)-2:], "/")
	}
	return p
}
