package ui

import (
	"reflect"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// awayFromHome moves to a place that is easy to get wrong when coming
// back: the second listing of an action in the Councils view, scrolled,
// with its document focused and scrolled.
func awayFromHome(t *testing.T, m *Model) {
	t.Helper()
	showView(m, "Councils")
	for seen := 0; seen < 2; {
		press(m, "j")
		if stateOf(m).Current == "SEMI-1" {
			seen++
		}
	}
	press(m, "enter", "j", "j", "j")
	if s := stateOf(m); s.Current != "SEMI-1" || s.Focus != "SEMI-1" || strings.Contains(screen(m), " 0% ") {
		t.Fatalf("setup: %+v", s)
	}
}

func TestSearchCloseLeavesEverythingInPlace(t *testing.T) {
	m := newSized(t, testOptions(t), 100, 30)
	awayFromHome(t, m)
	want, wantScreen := m.here(), screen(m)
	press(m, "/")
	if stateOf(m).Mode != searching || !strings.Contains(screen(m), "Search") {
		t.Fatalf("/ should open the search:\n%s", screen(m))
	}
	typeText(m, "codeweek")
	if !strings.Contains(screen(m), "SKILLS-2") {
		t.Fatalf("typing should show results:\n%s", screen(m))
	}
	press(m, "down", "esc")
	if stateOf(m).Mode != browsing {
		t.Fatal("esc should close the search")
	}
	if got := m.here(); !reflect.DeepEqual(got, want) || screen(m) != wantScreen {
		t.Fatalf("after esc:\n got %+v\nwant %+v", got, want)
	}
}

func TestSearchOpenJumpsAndEscComesBack(t *testing.T) {
	m := newSized(t, testOptions(t), 100, 30)
	awayFromHome(t, m)
	want := m.here()
	press(m, "/")
	typeText(m, "codeweek")
	press(m, "enter")
	s := stateOf(m)
	if s.Mode != browsing || s.View != "Areas" || s.Current != "SKILLS-2" || s.Focus != "SKILLS-2" || !strings.HasPrefix(s.Crumbs[2], "SKILLS-2 ") {
		t.Fatalf("enter should open SKILLS-2 in the areas view, its action selected: %+v", s)
	}
	if !strings.Contains(screen(m), "1/") {
		t.Fatalf("codeweek should be highlighted:\n%s", screen(m))
	}
	press(m, "esc")
	if got := m.here(); !reflect.DeepEqual(got, want) {
		t.Fatalf("esc after opening should come back exactly:\n got %+v\nwant %+v", got, want)
	}
	// Forward again brings the highlight back with the item.
	press(m, "]")
	if s := stateOf(m); s.Current != "SKILLS-2" || !strings.Contains(screen(m), "1/") {
		t.Errorf("] should return to SKILLS-2 highlighted: %+v", s)
	}
}

func TestSearchStatusScope(t *testing.T) {
	m := newSized(t, testOptions(t), 120, 40)
	press(m, "/")
	typeText(m, "status:none")
	if f := screen(m); !strings.Contains(f, "SKILLS-2") || !strings.Contains(f, "matches") {
		t.Fatalf("status:none should find SKILLS-2:\n%s", f)
	}
}

func TestSearchOpensBeforeTheIndex(t *testing.T) {
	m := New(testOptions(t))
	send(m, tea.WindowSizeMsg{Width: 80, Height: 24})
	press(m, "/")
	typeText(m, "codeweek")
	if f := screen(m); !strings.Contains(f, "indexing…") || !strings.Contains(f, "codeweek") {
		t.Fatalf("before the index, the box should say so and keep the keys:\n%s", f)
	}
	settle(m, m.indexCmd())
	if f := screen(m); strings.Contains(f, "indexing…") || !strings.Contains(f, "/ codeweek") || !strings.Contains(f, "SKILLS-2") {
		t.Fatalf("the keys typed before the index should be replayed:\n%s", f)
	}
	press(m, "enter")
	if s := stateOf(m); s.Current != "SKILLS-2" {
		t.Errorf("enter opened %s", s.Current)
	}
}

func TestSearchOverlayFitsEverySize(t *testing.T) {
	m := newSized(t, testOptions(t), 80, 24)
	press(m, "/")
	typeText(m, "quantum 한국 știri")
	for _, sz := range [][2]int{{1, 1}, {10, 3}, {20, 6}, {59, 19}, {60, 20}, {100, 30}, {160, 45}, {400, 120}} {
		send(m, tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
		checkFrame(t, screen(m), sz[0], sz[1])
	}
}

// m6: a hit found by a word its text writes in two ("codeweek" for "Code
// Week") opens at its first match, the title, not on a line far down
// that writes it in one piece; the status bar says where the word was.
func TestSearchHitOpensAtItsFirstMatch(t *testing.T) {
	m := newSized(t, testOptions(t), 80, 20)
	press(m, "/")
	typeText(m, "codeweek")
	press(m, "enter")
	f := screen(m)
	if s := stateOf(m); s.Current != "SKILLS-2" || !strings.Contains(s.Info, `"codeweek" found in its`) {
		t.Fatalf("the status bar says where the word was found: %+v", s)
	}
	if !strings.Contains(f, "Korean schools in EU") || !strings.Contains(f, " 1/") || !strings.Contains(f, " 0% ") {
		t.Fatalf("SKILLS-2 opens at its title, the first match:\n%s", f)
	}
}

// m6: a hit found by a name its text does not show opens at the top, and
// the status bar says so.
func TestSearchHitFoundByAnotherNameOpensAtTheTop(t *testing.T) {
	m := newSized(t, testOptions(t), 120, 40)
	send(m, followMsgFound("SEMI", `SEMI: "chips" found in another of its names, not in its text`, "chips"))
	if s := stateOf(m); !strings.Contains(s.Info, "another of its names") || !strings.Contains(screen(m), " 0% ") {
		t.Fatalf("opens at the top, saying where the word was: %+v\n%s", s, screen(m))
	}
}

// Polish: a find term is shown in the status bar while it is active, and
// dropped when another item is shown (n and N step through it meanwhile).
func TestFindTermIsShownAndDropped(t *testing.T) {
	m := newSized(t, testOptions(t), 120, 40)
	press(m, "ctrl+f")
	typeText(m, "korea")
	press(m, "enter")
	lines := strings.Split(screen(m), "\n")
	if last := lines[len(lines)-1]; !strings.Contains(last, `find "korea" 1/`) {
		t.Fatalf("the status bar shows the find: %q", last)
	}
	press(m, "n")
	if last := strings.Split(screen(m), "\n")[len(lines)-1]; !strings.Contains(last, `find "korea" 2/`) {
		t.Fatalf("n steps, the status bar follows: %q", last)
	}
	before := stateOf(m).Current
	press(m, "tab", "tab", "j") // the areas list: another area
	if s := stateOf(m); s.Current == before {
		t.Fatalf("setup: another item should show: %+v", s)
	}
	f := screen(m)
	if strings.Contains(f, "find \"korea\"") || strings.Contains(f, "no match") || strings.Contains(f, " 1/") && strings.Contains(f, "korea\"") {
		t.Fatalf("the find is dropped on another item:\n%s", f)
	}
}
