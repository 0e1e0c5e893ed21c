package guard

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
)

// bomb panics where it is told to.
type bomb struct {
	where string
	n     int
}

type goMsg struct{}

func explode() { panic("boom") }

func (b *bomb) Init() tea.Cmd {
	switch b.where {
	case "init":
		explode()
	case "cmd":
		return func() tea.Msg { explode(); return nil }
	case "batch":
		return tea.Batch(func() tea.Msg { return nil }, func() tea.Msg { explode(); return nil })
	case "sequence":
		return tea.Sequence(func() tea.Msg { return nil }, func() tea.Msg { explode(); return nil })
	case "nested":
		return tea.Batch(tea.Sequence(func() tea.Msg { return nil }, tea.Batch(func() tea.Msg { explode(); return nil })))
	}
	return func() tea.Msg { return goMsg{} }
}

func (b *bomb) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if _, ok := msg.(goMsg); ok {
		b.n++
		switch b.where {
		case "update":
			var xs []int
			_ = xs[b.n+3] // index out of range
		case "none":
			return b, tea.Quit
		}
	}
	return b, nil
}

func (b *bomb) View() tea.View {
	if b.where == "view" && b.n > 0 {
		explode()
	}
	v := tea.NewView("hello")
	v.AltScreen = true
	return v
}

// captureStderr runs fn with os.Stderr sent to a pipe and returns what was
// written: Bubble Tea prints its own panic report there.
func captureStderr(t *testing.T, fn func()) string {
	t.Helper()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	saved := os.Stderr
	os.Stderr = w
	done := make(chan string)
	go func() {
		b, _ := io.ReadAll(r)
		done <- string(b)
	}()
	defer func() { os.Stderr = saved }()
	fn()
	w.Close()
	return <-done
}

func run(t *testing.T, where string) (out, stderr string, err error) {
	t.Helper()
	var screen bytes.Buffer
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second) // generous: CI is busy
	defer cancel()
	stderr = captureStderr(t, func() {
		err = Run(ctx, &bomb{where: where}, tea.WithInput(nil), tea.WithOutput(&screen), tea.WithWindowSize(80, 24))
	})
	if ctx.Err() != nil {
		t.Fatalf("%s: the program did not end: %v", where, err)
	}
	return screen.String(), stderr, err
}

func TestPanicsComeBackAsErrors(t *testing.T) {
	for _, where := range []string{"init", "update", "view", "cmd", "batch", "sequence", "nested"} {
		t.Run(where, func(t *testing.T) {
			out, stderr, err := run(t, where)
			var crash *PanicError
			if !errors.As(err, &crash) {
				t.Fatalf("Run returned %v (%T), want a *PanicError", err, err)
			}
			if want := "boom"; where == "update" {
				if !strings.Contains(crash.Error(), "index out of range") {
					t.Errorf("panic value %q", crash.Error())
				}
			} else if crash.Error() != want {
				t.Errorf("panic value %q, want %q", crash.Error(), want)
			}
			short := crash.ShortStack(5)
			wantFn := "guard.explode"
			if where == "update" {
				wantFn = "guard.(*bomb).Update"
			}
			if first, _, _ := strings.Cut(short, "\n"); !strings.Contains(first, wantFn) || !strings.Contains(first, "guard_test.go:") {
				t.Errorf("short stack should start at %s:\n%s", wantFn, short)
			}
			if n := strings.Count(short, "\n"); n > 5 {
				t.Errorf("short stack has %d lines", n)
			}
			if strings.Contains(short, "runtime.") || strings.Contains(short, "debug.Stack") {
				t.Errorf("short stack keeps the runtime's frames:\n%s", short)
			}
			if stderr != "" {
				t.Errorf("something was printed to stderr:\n%s", stderr)
			}
			// The alternate screen, once entered, is left: the terminal is restored.
			if strings.Contains(out, "\x1b[?1049h") && !strings.Contains(out, "\x1b[?1049l") {
				t.Errorf("the alternate screen was not left: %q", out)
			}
		})
	}
}

func TestNoPanicNoError(t *testing.T) {
	out, stderr, err := run(t, "none")
	if err != nil || stderr != "" {
		t.Fatalf("err %v, stderr %q", err, stderr)
	}
	if !strings.Contains(out, "hello") {
		t.Errorf("output %q", out)
	}
}

func TestShortStack(t *testing.T) {
	stack := []byte(`goroutine 1 [running]:
runtime/debug.Stack()
	/usr/local/go/src/runtime/debug/stack.go:26 +0x5e
github.com/eu-rok/briefing/ui/guard.(*guard).Update.func1()
	/work/main/ui/guard/guard.go:86 +0x45
panic({0x5d8a20?, 0x6a2b10?})
	/usr/local/go/src/runtime/panic.go:783 +0x132
github.com/eu-rok/briefing/ui.(*Model).View(0xc000120000)
	github.com/eu-rok/briefing/ui/view.go:42 +0x1f
charm.land/bubbletea/v2.(*Program).render(...)
	/root/go/pkg/mod/charm.land/bubbletea/v2@v2.1.1/tea.go:918 +0x2a
`)
	want := "  github.com/eu-rok/briefing/ui.(*Model).View (ui/view.go:42)\n" +
		"  charm.land/bubbletea/v2.(*Program).render (charm.land/bubbletea/v2@v2.1.1/tea.go:918)\n"
	if got := shortStack(stack, 5); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	if got := shortStack(stack, 1); strings.Count(got, "\n") != 1 {
		t.Errorf("n=1 gave\n%s", got)
	}
}
