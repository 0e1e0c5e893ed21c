// Package linear is briefing's accessible mode: a line-oriented program for
// screen readers and terminals that cannot draw a screen (TERM=dumb). It
// writes plain lines only, with no alternate screen, no escape sequences, no
// box drawing and no animation, and reads one answer a line: numbered
// choices, b to go back, s to search, q to quit. Everything a screen shows
// stays in the scrollback, in reading order.
package linear

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/eu-rok/briefing/model"
	"github.com/eu-rok/briefing/model/search"
)

// Options is what the accessible mode starts from.
type Options struct {
	Briefing *model.Briefing
	// Today fixes statuses, plans and the timeline, as in the full program.
	Today time.Time
	// Width wraps paragraphs to this many cells; 0 does not wrap (a screen
	// reader needs no wrapping).
	Width int
	// Open is the id of an item to start on, or "".
	Open string
}

// Run reads answers from in and writes to out until the reader quits or in
// ends. It returns an error only when writing fails.
func Run(in io.Reader, out io.Writer, opts Options) error {
	if opts.Briefing == nil {
		return errors.New("starting the accessible mode: no briefing loaded")
	}
	s := &session{b: opts.Briefing, today: opts.Today, width: opts.Width, w: &errWriter{w: out}, in: bufio.NewScanner(in)}
	s.in.Buffer(make([]byte, 64*1024), 1024*1024)
	s.printf("%s", s.para("briefing: the EU–Republic of Korea Digital Partnership. Accessible mode: answer each question with a number or a letter, then Enter. h for help."))
	s.stack = []*screen{s.menu()}
	if opts.Open != "" {
		if e, ok := s.b.Get(opts.Open); ok {
			s.stack = append(s.stack, s.item(e))
		}
	}
	s.show()
	for s.w.err == nil {
		s.prompt()
		if !s.in.Scan() {
			s.printf("\n")
			break
		}
		if !s.answer(strings.TrimSpace(s.in.Text())) {
			break
		}
	}
	return s.w.err
}

// screen is one page of the session: its text and its numbered choices.
type screen struct {
	title   string            // read first, and by r
	text    func() string     // what it shows, above the choices
	lead    string            // the line before the choices
	choices []model.Entry     // what the numbers open
	labels  []string          // how each choice reads
	actions map[string]func() // what the main menu's numbers do instead
}

type session struct {
	b     *model.Briefing
	today time.Time
	width int
	w     *errWriter
	in    *bufio.Scanner
	stack []*screen
	ix    *search.Index
}

func (s *session) printf(format string, args ...any) { fmt.Fprintf(s.w, format, args...) }

func (s *session) top() *screen { return s.stack[len(s.stack)-1] }

// menu is the main menu: the lists, search, and the rest of the briefing.
func (s *session) menu() *screen {
	sc := &screen{title: "Main menu", lead: "Choose what to read:", actions: map[string]func(){}}
	add := func(label string, act func()) {
		sc.labels = append(sc.labels, label)
		sc.choices = append(sc.choices, nil)
		sc.actions[strconv.Itoa(len(sc.labels))] = act
	}
	list := func(open func() *screen) func() { return func() { s.push(open()) } }
	add("Priority areas", list(s.areas))
	add("Timeline", list(s.timeline))
	add("Councils", list(s.councils))
	add("Glossary", list(s.glossary))
	add("Search", s.search)
	add("Joint actions and where they stand", list(s.actions))
	add("Overview of the partnership", list(s.overview))
	add("Context and analysis", list(s.contexts))
	add("Sources", list(s.sources))
	return sc
}

func (s *session) push(sc *screen) {
	s.stack = append(s.stack, sc)
	s.show()
}

// show prints the current screen: its title, its text, its choices.
func (s *session) show() {
	sc := s.top()
	s.printf("\n%s", s.para(sc.title+"."))
	if sc.text != nil {
		s.printf("\n%s", sc.text())
	}
	if len(sc.labels) > 0 {
		s.printf("\n%s", s.para(sc.lead))
		for i, l := range sc.labels {
			s.printf("%s", s.item1(strconv.Itoa(i+1)+". ", l))
		}
	}
}

// prompt says what can be typed here, briefly.
func (s *session) prompt() {
	sc := s.top()
	var parts []string
	switch n := len(sc.labels); n {
	case 0:
	case 1:
		parts = append(parts, "1 to open it")
	default:
		parts = append(parts, fmt.Sprintf("a number from 1 to %d", n))
	}
	if len(s.stack) > 1 {
		parts = append(parts, "b back")
	}
	parts = append(parts, "s search", "q quit")
	s.printf("Choose %s: ", strings.Join(parts, ", "))
}

// answer acts on one line; false ends the session.
func (s *session) answer(a string) bool {
	sc := s.top()
	lower := strings.ToLower(a)
	switch {
	case a == "":
		return true
	case lower == "q" || lower == "quit" || lower == "exit":
		s.printf("Goodbye.\n")
		return false
	case lower == "b" || lower == "back":
		if len(s.stack) == 1 {
			s.printf("This is the main menu; there is nothing to go back to.\n")
			return true
		}
		s.stack = s.stack[:len(s.stack)-1]
		s.show()
	case lower == "m" || lower == "menu":
		s.stack = s.stack[:1]
		s.show()
	case lower == "r" || lower == "l":
		s.show()
	case lower == "h" || lower == "help" || lower == "?":
		s.help()
	case lower == "s" || lower == "search" || lower == "/":
		s.search()
	case strings.HasPrefix(lower, "s ") || strings.HasPrefix(lower, "search ") || strings.HasPrefix(lower, "/"):
		_, q, _ := strings.Cut(strings.TrimPrefix(a, "/"), " ")
		if strings.HasPrefix(a, "/") {
			q = a[1:]
		}
		s.runSearch(strings.TrimSpace(q))
	default:
		if n, err := strconv.Atoi(a); err == nil {
			if n < 1 || n > len(sc.labels) {
				if len(sc.labels) == 0 {
					s.printf("There is nothing numbered here.\n")
				} else {
					s.printf("There is no %d here: choose from 1 to %d.\n", n, len(sc.labels))
				}
				return true
			}
			if act, ok := sc.actions[strconv.Itoa(n)]; ok {
				act()
				return true
			}
			s.push(s.item(sc.choices[n-1]))
			return true
		}
		if e, ok := s.b.Get(a); ok {
			s.push(s.item(e))
			return true
		}
		s.printf("%q is not a choice here. Type a number, b for back, s to search, h for help or q to quit.\n", a)
	}
	return true
}

func (s *session) help() {
	s.printf(`
Help.
Type an answer and press Enter.
  a number   open that choice
  an id      open that item, for example SEMI-1 or DPC-3
  b          back to the previous list
  m          the main menu
  r          read this screen again
  s          search; or s followed by words, for example: s code week
  q          quit
Search takes words (all must match), 'exact, ^start, end$, !leave-out, a | b, and scopes such as kind:action, area:SEMI, council:2, year:2024, status:overdue.
`)
}

// entryScreen builds a list screen of entries.
func (s *session) entryScreen(title, intro string, entries []model.Entry, label func(model.Entry) string) *screen {
	sc := &screen{title: title + ", " + model.Plural(len(entries), "item", "items"), lead: intro, choices: entries}
	for _, e := range entries {
		sc.labels = append(sc.labels, label(e))
	}
	return sc
}

func idTitle(e model.Entry) string { return e.Base().ID + ": " + e.Base().Title }

func (s *session) areas() *screen {
	var es []model.Entry
	for _, a := range s.b.Areas {
		es = append(es, a)
	}
	return s.entryScreen("Priority areas", "Choose an area to read it and its joint actions:", es, func(e model.Entry) string {
		a := e.(*model.Area)
		return fmt.Sprintf("%s: %s, %s", a.ID, a.Short, model.Plural(len(s.b.ActionsOf(a.ID)), "joint action", "joint actions"))
	})
}

func (s *session) actions() *screen {
	var es []model.Entry
	for _, a := range s.b.Actions {
		es = append(es, a)
	}
	return s.entryScreen("Joint actions", "Where each stands on "+s.dateText()+":", es, func(e model.Entry) string {
		return idTitle(e) + ". " + s.statusOf(e)
	})
}

func (s *session) timeline() *screen {
	var es []model.Entry
	var labels []string
	for _, m := range s.b.Timeline() {
		es = append(es, m.Entry)
		labels = append(labels, fmt.Sprintf("%s: %s (%s)", m.Date, m.Entry.Base().Title, s.b.StateOf(m.Entry, s.today)))
	}
	sc := &screen{title: "Timeline, " + model.Plural(len(es), "item", "items") + ", oldest first", lead: "Today is " + s.dateText() + ". Choose a moment:", choices: es, labels: labels}
	return sc
}

func (s *session) councils() *screen {
	var es []model.Entry
	for _, c := range s.b.Councils {
		es = append(es, c)
	}
	return s.entryScreen("Councils", "Choose a Council to read what it did:", es, func(e model.Entry) string {
		c := e.(*model.Council)
		return fmt.Sprintf("%s: %s, %s (%s)", c.ID, c.Title, c.Date, s.b.StateOf(c, s.today))
	})
}

func (s *session) glossary() *screen {
	var es []model.Entry
	for _, t := range s.b.Terms {
		es = append(es, t)
	}
	return s.entryScreen("Glossary", "Choose a term:", es, func(e model.Entry) string { return e.Base().Title })
}

func (s *session) overview() *screen {
	var es []model.Entry
	for _, o := range s.b.Overview {
		es = append(es, o)
	}
	return s.entryScreen("Overview", "Choose a section:", es, func(e model.Entry) string { return e.Base().Title })
}

func (s *session) contexts() *screen {
	var es []model.Entry
	for _, c := range s.b.Contexts {
		es = append(es, c)
	}
	return s.entryScreen("Context and analysis", "Choose a section:", es, func(e model.Entry) string { return e.Base().Title })
}

func (s *session) sources() *screen {
	var es []model.Entry
	for _, src := range s.b.Sources {
		es = append(es, src)
	}
	return s.entryScreen("Sources", "Choose a source:", es, idTitle)
}

// item is the screen of one item: its facts, summary and text, its
// sources, then the related items as numbered choices.
func (s *session) item(e model.Entry) *screen {
	it := e.Base()
	related := s.choicesOf(e)
	sc := &screen{
		title:   fmt.Sprintf("%s, %s: %s", it.ID, it.Kind.Label(), it.Title),
		choices: related,
		lead:    fmt.Sprintf("Related items, %d. Choose one to read it:", len(related)),
	}
	for _, r := range related {
		label := idTitle(r) + " (" + r.Base().Kind.Label()
		if _, ok := r.(*model.Action); ok {
			label += ", " + s.statusOf(r)
		}
		sc.labels = append(sc.labels, label+")")
	}
	sc.text = func() string { return s.itemText(e) }
	return sc
}

// itemText is an item as plain text.
func (s *session) itemText(e model.Entry) string {
	it := e.Base()
	var b strings.Builder
	for _, f := range s.b.Facts(e, s.today) {
		if f[0] == "Id" || f[0] == "Kind" || f[0] == "Sources" {
			continue
		}
		b.WriteString(s.para(f[0] + ": " + f[1]))
	}
	b.WriteString("\n" + s.para("Summary: "+it.Summary))
	var links []link
	if it.Body != "" {
		body, ls := plainText(it.Body, s.width)
		b.WriteString("\n" + body)
		links = ls
	}
	if a, ok := e.(*model.Action); ok {
		if ev := s.b.Evidence(a.ID); len(ev) > 0 {
			b.WriteString("\nEvidence since the launch:\n")
			for _, x := range ev {
				line := x.Date.String() + ", " + x.ID + ": " + x.Title
				if x.Delivers {
					line += ", shows it done"
				}
				if x.Planned {
					line += " (planned)"
				}
				b.WriteString(s.item1("- ", line))
			}
		}
	}
	if len(it.Sources) > 0 {
		b.WriteString("\nSources:\n")
		for _, c := range it.Sources {
			b.WriteString(s.item1("- ", s.b.CitationText(c)))
		}
	}
	if len(links) > 0 {
		b.WriteString("\nWeb addresses in the text:\n")
		seen := map[string]bool{}
		for _, l := range links {
			if seen[l.text+l.url] {
				continue
			}
			seen[l.text+l.url] = true
			b.WriteString(s.item1("- ", l.text+": "+l.url))
		}
	}
	return b.String()
}

// para wraps one paragraph.
func (s *session) para(text string) string {
	return strings.Join(wrapLine(text, s.width), "\n") + "\n"
}

// item1 wraps one list item with a hanging indent.
func (s *session) item1(bullet, text string) string {
	p := &plain{width: s.width}
	p.wrap(text, bullet, strings.Repeat(" ", len(bullet)))
	return p.out.String()
}

// choicesOf is what an item's screen offers to read next: what it holds
// first (an area's joint actions, a Council's outcomes: there is no list of
// them on this screen, as the browser has), then every related item
// (model.Briefing.Related), each once.
func (s *session) choicesOf(e model.Entry) []model.Entry {
	var held []model.Entry
	switch x := e.(type) {
	case *model.Area:
		for _, a := range s.b.ActionsOf(x.ID) {
			held = append(held, a)
		}
	case *model.Council:
		for _, o := range s.b.OutcomesOf(x.ID) {
			held = append(held, o)
		}
	}
	seen := map[string]bool{}
	var out []model.Entry
	for _, r := range append(held, s.b.Related(e.Base().ID).All()...) {
		if k := model.IDKey(r.Base().ID); !seen[k] {
			seen[k] = true
			out = append(out, r)
		}
	}
	return out
}

func (s *session) statusOf(e model.Entry) string {
	if a, ok := e.(*model.Action); ok {
		return string(s.b.ProgressOf(a, s.today).Status)
	}
	return ""
}

func (s *session) dateText() string { return model.DateOf(s.today).String() }

// search asks for a query and shows what it finds.
func (s *session) search() {
	s.printf("Search for (Enter alone to cancel): ")
	if !s.in.Scan() {
		return
	}
	s.runSearch(strings.TrimSpace(s.in.Text()))
}

// searchLimit is how many results a search lists.
const searchLimit = 30

func (s *session) runSearch(q string) {
	if q == "" {
		s.printf("Search cancelled.\n")
		return
	}
	if s.ix == nil {
		s.ix = search.New(s.b, s.today, nil)
	}
	res, err := s.ix.Search(context.Background(), q, search.Options{Limit: searchLimit})
	if err != nil {
		var qe *search.QueryError
		if errors.As(err, &qe) {
			s.printf("The search %q has a problem at character %d: %s\n", model.Sanitize(q), qe.Pos+1, qe.Msg)
			return
		}
		s.printf("The search failed: %v\n", err)
		return
	}
	if res.Total == 0 {
		s.printf("Nothing found for %q: no item has any of its words.\n", model.Sanitize(q))
		return
	}
	title := fmt.Sprintf("Search for %q: %s found", model.Sanitize(q), model.Plural(res.Total, "item", "items"))
	if res.Partial {
		title = fmt.Sprintf("Search for %q: no item has all %d words; %s have %d", model.Sanitize(q), len(res.Words), model.Plural(res.Total, "item", "items"), res.Matched)
	}
	if res.Total > len(res.Hits) {
		title += fmt.Sprintf(", the best %d listed", len(res.Hits))
	}
	sc := &screen{title: title, lead: "Best first. Choose one to read it:"}
	for _, h := range res.Hits {
		sc.choices = append(sc.choices, h.Entry)
		label := fmt.Sprintf("%s: %s (%s)", h.ID, h.Title, h.Kind.Label())
		if h.Snippet != "" && h.Snippet != h.Title {
			label += ". " + h.Snippet
		}
		if len(h.Missing) > 0 {
			label += " Missing: " + strings.Join(h.Missing, ", ") + "."
		}
		sc.labels = append(sc.labels, label)
	}
	s.push(sc)
}

// errWriter remembers the first write error, so the loop can stop on it
// (a closed pipe) without checking every print.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(p []byte) (int, error) {
	if e.err != nil {
		return 0, e.err
	}
	n, err := e.w.Write(p)
	e.err = err
	return n, err
}
