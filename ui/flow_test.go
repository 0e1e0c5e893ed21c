package ui

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/teatest/v2"
)

// startTest runs the real program (New, as Run uses it) under teatest at a
// given size, like pug's StartTest.
func startTest(t *testing.T, opts Options, w, h int) *teatest.TestModel {
	t.Helper()
	return teatest.NewTestModel(t, New(opts), teatest.WithInitialTermSize(w, h),
		teatest.WithProgramOptions(tea.WithContext(context.Background())))
}

// waitFor waits until the program's output contains every string.
func waitFor(t *testing.T, tm *teatest.TestModel, want ...string) {
	t.Helper()
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
		for _, w := range want {
			if !bytes.Contains(b, []byte(w)) {
				return false
			}
		}
		return true
	}, teatest.WithDuration(5*time.Second), teatest.WithCheckInterval(10*time.Millisecond))
}

func sendKeys(tm *teatest.TestModel, ks ...string) {
	for _, k := range ks {
		tm.Send(keyMsg(k))
	}
}

// TestFlowBrowseFollowAndReturn walks a newcomer's path: areas, actions, a
// detail, a related item and back, the timeline, the help, a resize, quit.
func TestFlowBrowseFollowAndReturn(t *testing.T) {
	tm := startTest(t, testOptions(t), 120, 40)
	waitFor(t, tm, "Priority areas", "RES")

	sendKeys(tm, "j", "enter") // SEMI's actions
	waitFor(t, tm, "SEMI-1")
	sendKeys(tm, "enter") // SEMI-1's detail
	waitFor(t, tm, "Modality")
	sendKeys(tm, "tab", "j", "enter") // follow the second related item
	waitFor(t, tm, "◂")
	sendKeys(tm, "esc") // back to SEMI-1
	sendKeys(tm, "2")   // the timeline
	waitFor(t, tm, "today 23 November 2026")
	sendKeys(tm, "?")
	waitFor(t, tm, "toggle help")
	sendKeys(tm, "?")
	tm.Send(tea.WindowSizeMsg{Width: 70, Height: 20})
	sendKeys(tm, "q")

	final := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(*Model)
	if final.page().spec.id != ViewTimeline {
		t.Errorf("the program should end on the timeline, ended on %v", final.page().spec.id)
	}
	if final.width != 70 || final.showHelp {
		t.Errorf("after the resize: width %d, help shown %v", final.width, final.showHelp)
	}
	areas := final.pages[viewIndex(ViewAreas)]
	if sel, _ := areas.sub.Selected(); sel.ID != "SEMI-1" || len(final.fwd) != 1 {
		t.Errorf("back should have returned to SEMI-1 with one step forward; at %q, %d forward", sel.ID, len(final.fwd))
	}
}

// TestFlowOpenOnItem starts on one item, as `briefing open DPC-3` does.
func TestFlowOpenOnItem(t *testing.T) {
	opts := testOptions(t)
	opts.Open = "DPC-3"
	tm := startTest(t, opts, 100, 30)
	waitFor(t, tm, "Sky Hall")
	sendKeys(tm, "ctrl+c")
	final := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(*Model)
	if got := final.detail.Entry().Base().ID; got != "DPC-3" {
		t.Fatalf("opened on %s, want DPC-3", got)
	}
	if !strings.Contains(final.breadcrumb(), "DPC-3") {
		t.Fatalf("the breadcrumb should name DPC-3: %q", final.breadcrumb())
	}
}
