package model

import (
	"fmt"
	"regexp"
	"strings"
)

// The writing rules that validation enforces on bodies, so that an edit
// cannot bring back what a review once found: a body that restates a status
// the tracker computes, an unverified event shown as having happened, a
// conflict told from one side, a date beside an item that is not its date.

// statusPhrase is one way a body states a status in words: a pattern, and
// a quick test the text must pass before the pattern is tried: an anchor
// and what must stand next to it. Most bodies pass none, so most are never
// matched against the patterns, which are slow.
type statusPhrase struct {
	anchor string
	near   func(before, after string) bool // nil: the anchor is enough
	re     *regexp.Regexp
}

// statusWords are the ways a body states a status in words; the status is
// computed from the evidence and shown above the body.
var statusWords = []statusPhrase{
	{"tatus", nil, regexp.MustCompile(`\b[Ss]tatus\**\s*:`)},
	{" as ", startsWithAny("delivered", "done", "under way", "overdue", "late", "partly"),
		regexp.MustCompile(`(?i)\b(count|counts|counted|mark|marks|marked|treat|treats|treated)\b[^.;:]{0,60}?\bas\s+(delivered|done|under way|overdue|late|partly delivered)\b`)},
	{" delivered", func(before, _ string) bool {
		return endsWithFold(before, "already") || endsWithFold(before, "not") || endsWithFold(before, "not yet")
	}, regexp.MustCompile(`(?i)\b(already|not yet|not) delivered\b`)},
	{"vidence of progress", nil, regexp.MustCompile(`(?i)\bno evidence of progress\b`)},
	{" been ", nil, regexp.MustCompile(`(?i)\b(has|have) been (fully |partly )?(delivered|completed|fulfilled|achieved)\b`)},
	{" now ", nil, regexp.MustCompile(`(?i)\bis now (done|delivered|complete|completed|under way|overdue)\b`)},
	{" is ", startsWithAny("done", "delivered", "now done", "now delivered"),
		regexp.MustCompile(`\b[A-Z][A-Z0-9]*-\d+[a-z]?\**\s+is\s+(now\s+)?(done|delivered)\b`)},
}

func startsWithAny(words ...string) func(before, after string) bool {
	return func(_, after string) bool {
		for _, w := range words {
			if strings.HasPrefix(after, w) {
				return true
			}
		}
		return false
	}
}

func endsWithFold(s, suffix string) bool {
	return len(s) >= len(suffix) && strings.EqualFold(s[len(s)-len(suffix):], suffix)
}

// mayHold reports whether s passes the phrase's quick test.
func (p statusPhrase) mayHold(s string) bool {
	for at := 0; ; {
		i := strings.Index(s[at:], p.anchor)
		if i < 0 {
			return false
		}
		i += at
		if p.near == nil || p.near(s[:i], s[i+len(p.anchor):]) {
			return true
		}
		at = i + len(p.anchor)
	}
}

// statusPhrasesIn lists the phrases a body may hold, so that its lines are
// tried against those alone.
func statusPhrasesIn(body string) []statusPhrase {
	var out []statusPhrase
	for _, p := range statusWords {
		if p.mayHold(body) {
			out = append(out, p)
		}
	}
	return out
}

// statedStatus returns the words with which a line states a status, or "".
func statedStatus(line string, phrases []statusPhrase) string {
	for _, p := range phrases {
		if !p.mayHold(line) {
			continue
		}
		if m := p.re.FindString(line); m != "" {
			return m
		}
	}
	return ""
}

// doubtWords mark an event the body itself does not vouch for.
var doubtWords = regexp.MustCompile(`(?i)\b(unverified|unconfirmed)\b`)

// sourcesNamed calls add with each source a line names: a link's address,
// a seed with its line ("S3 L12": two lines of one seed can be the two
// sides of a conflict) or a PUB- id.
func sourcesNamed(line string, add func(string)) {
	for rest := line; ; {
		i := strings.Index(rest, "](http")
		if i < 0 {
			break
		}
		rest = rest[i+2:]
		end := strings.IndexAny(rest, ") ")
		if end < 0 {
			end = len(rest)
		}
		add(rest[:end])
		rest = rest[end:]
	}
	for i := 0; i < len(line); i++ {
		if i > 0 && isIDByte(line[i-1]) {
			continue
		}
		switch {
		case line[i] == 'S' && digitRun(line[i+1:]) > 0:
			j := i + 1 + digitRun(line[i+1:])
			if strings.HasPrefix(line[j:], " L") && digitRun(line[j+2:]) > 0 {
				j += 2 + digitRun(line[j+2:])
			}
			add(line[i:j])
			i = j
		case strings.HasPrefix(line[i:], "PUB-"):
			j := i
			for j < len(line) && isIDByte(line[j]) {
				j++
			}
			add(strings.TrimRight(line[i:j], ".-"))
			i = j
		}
	}
}

// conflictHeading opens a section on disagreeing sources.
const conflictHeading = "where sources differ"

// checkBody applies the rules one file can break.
func checkBody(d *decoder, e Entry) {
	it := e.Base()
	lines := strings.Split(it.Body, "\n")
	doubt := 0 // the first line calling the item unverified
	phrases := statusPhrasesIn(it.Body)
	for i, line := range lines {
		if m := statedStatus(line, phrases); m != "" {
			d.problem(it.BodyLine+i, "", "the body states a status in words ("+quoteShort(m)+"); the status is computed from the evidence and shown above the body: say what the sources report instead")
		}
		if doubt == 0 && (strings.Contains(line, "nverified") || strings.Contains(line, "nconfirmed")) && doubtWords.MatchString(line) {
			doubt = it.BodyLine + i
		}
	}
	if ev, ok := e.(*Event); ok && doubt > 0 && !ev.Planned && !ev.Unconfirmed {
		f, _ := d.lookup("status")
		d.problem(f.line, "status", fmt.Sprintf("the body calls this event unverified (line %d), so it has not happened on our evidence: write status: unconfirmed until a source confirms it", doubt))
	}
	for _, sec := range conflictSections(lines) {
		names := map[string]bool{}
		if it.Kind == KindSource {
			names[IDKey(it.ID)] = true // a source's own notes speak for one side
		}
		for _, line := range lines[sec.from:sec.to] {
			sourcesNamed(line, func(name string) { names[IDKey(name)] = true })
		}
		if len(names) < 2 {
			d.problem(it.BodyLine+sec.from-1, "", "a 'Where sources differ' section must name the sources on both sides (S1 L39, a PUB- id or a link), and it names fewer than two")
		}
	}
}

// lineSpan is a run of body lines, [from, to) counted from 0.
type lineSpan struct{ from, to int }

// conflictSections finds the "Where sources differ" sections: from the line
// after the heading to the next heading of the same or a higher level.
func conflictSections(lines []string) []lineSpan {
	var out []lineSpan
	for i := 0; i < len(lines); i++ {
		level, title := heading(lines[i])
		if level == 0 || !strings.EqualFold(title, conflictHeading) {
			continue
		}
		end := i + 1
		for end < len(lines) {
			if l, _ := heading(lines[end]); l > 0 && l <= level {
				break
			}
			end++
		}
		out = append(out, lineSpan{i + 1, end})
		i = end - 1
	}
	return out
}

// heading reads a Markdown heading line: its level (0 if it is none) and text.
func heading(line string) (int, string) {
	level := 0
	for level < len(line) && line[level] == '#' {
		level++
	}
	if level == 0 || level >= len(line) || line[level] != ' ' {
		return 0, ""
	}
	return level, strings.TrimSpace(line[level:])
}
