package model

import (
	"fmt"
	"strings"
	"time"
)

// Facts lists an item's metadata as label and value pairs, in the order a
// reader wants them: what it is, where it belongs, how firm, when, where it
// stands. The CLI, the TUI header and the export all show these.
func (b *Briefing) Facts(e Entry, today time.Time) [][2]string {
	it := e.Base()
	facts := [][2]string{{"Id", it.ID}, {"Kind", it.Kind.Label()}}
	add := func(label, value string) {
		if value != "" {
			facts = append(facts, [2]string{label, value})
		}
	}
	switch v := e.(type) {
	case *Area:
		add("Official name", v.Name)
		add("Joint actions", fmt.Sprint(len(b.ActionsOf(v.ID))))
	case *Action:
		if a := b.Area(v.Area); a != nil {
			add("Area", a.ID+" · "+a.Short)
		}
		add("Modality", string(v.Modality)+" ("+v.Modality.StrengthLabel()+")")
		if v.Deadline != nil {
			add("Deadline", v.Deadline.String())
		}
		p := b.ProgressOf(v, today)
		add("Status", string(p.Status)+": "+p.Reason)
		for _, pp := range p.Parts {
			add("Part "+pp.Part.Letter, partText(pp.Part)+" — "+string(pp.Status)+": "+pp.Reason)
		}
	case *Council:
		add("Date", v.Date.String()+" ("+b.StateOf(v, today).String()+")")
		add("Place", joinNonEmpty(", ", v.Venue, v.Place))
		add("EU co-chair", joinNonEmpty(", ", v.EUChair.Name, v.EUChair.Role))
		add("ROK co-chair", joinNonEmpty(", ", v.ROKChair.Name, v.ROKChair.Role))
		add("Outcomes", fmt.Sprint(len(b.OutcomesOf(v.ID))))
	case *Outcome:
		if c := b.Council(v.Council); c != nil {
			add("Council", c.ID+" · "+c.Date.String()+", "+c.Place)
		}
		add("Areas", strings.Join(v.Areas, ", "))
		add("Actions", strings.Join(v.Actions, ", "))
		add("Shows done", strings.Join(v.Delivers, ", "))
	case *Event:
		when := v.Date.String()
		if v.End != nil {
			when += " – " + v.End.String()
		}
		if st := b.StateOf(v, today); st.Stage == StagePlanned || st.Stage == StageUnconfirmed {
			when += " (" + st.String() + ")"
		}
		add("Date", when)
		add("Type", v.Type)
		add("Place", v.Place)
		add("Who", v.Who)
		add("Carried out by", v.FulfilledBy)
	case *Term:
		add("Stands for", v.Expansion)
		add("Category", v.Category)
	case *Context:
		add("Category", v.Category)
	case *Source:
		add("Type", v.Type)
		add("Publisher", v.Publisher)
		if v.Date != nil {
			add("Date", v.Date.String())
		}
		add("Language", v.Language)
		add("URL", v.URL)
		add("Seed file", v.SeedFile)
	}
	cites := make([]string, len(it.Sources))
	for i, c := range it.Sources {
		cites[i] = c.String()
	}
	add("Sources", strings.Join(cites, "; "))
	return facts
}

// Markdown writes an item as one Markdown document: title, facts, summary,
// body, what it links to and what links to it, and its sources with their
// addresses. `briefing show` prints it and the TUI renders it.
func (b *Briefing) Markdown(e Entry, today time.Time) string {
	it := e.Base()
	var s strings.Builder
	fmt.Fprintf(&s, "# %s\n\n", it.Title)
	for _, f := range b.Facts(e, today) {
		if f[0] == "Sources" {
			continue // the document ends with them in full
		}
		fmt.Fprintf(&s, "- **%s:** %s\n", f[0], f[1])
	}
	fmt.Fprintf(&s, "\n*%s*\n\n", it.Summary)
	if it.Body != "" {
		s.WriteString(it.Body + "\n\n")
	}
	if a, ok := e.(*Action); ok {
		writeEvidence(&s, b.ProgressOf(a, today))
	}
	rel := b.Related(it.ID)
	var named []Entry
	for _, x := range rel.PointsTo {
		if !x.Cited { // sources come last, with their citations
			named = append(named, x.Entry)
		}
	}
	writeLinks(&s, "Points to", named)
	writeLinks(&s, "Pointed at by", rel.PointedAtBy)
	s.WriteString("## Sources\n\n")
	for _, c := range it.Sources {
		fmt.Fprintf(&s, "- %s\n", b.CitationText(c))
	}
	return s.String()
}

// partText names a part as its facts line and the tracker do: its verb and
// what it commits to, with its deadline.
func partText(p *Part) string {
	s := string(p.Modality) + " · " + p.Title
	if p.Deadline != nil {
		s += " (due " + p.Deadline.String() + ")"
	}
	return s
}

// writeEvidence lists what reports on an action since the launch, part by
// part when it has parts.
func writeEvidence(s *strings.Builder, p Progress) {
	if len(p.Evidence) == 0 {
		return
	}
	s.WriteString("## Evidence since the launch\n\n")
	if len(p.Parts) == 0 {
		writeEvidenceList(s, p.Evidence)
		return
	}
	for _, pp := range p.Parts {
		fmt.Fprintf(s, "**%s** %s\n\n", pp.ID, partText(pp.Part))
		if len(pp.Evidence) == 0 {
			s.WriteString("- nothing reported\n\n")
			continue
		}
		writeEvidenceList(s, pp.Evidence)
	}
}

func writeEvidenceList(s *strings.Builder, ev []Evidence) {
	for _, x := range ev {
		mark := ""
		if x.Delivers {
			mark = " — shows it done"
		}
		if x.Planned {
			mark += " (planned)"
		}
		if x.Unconfirmed {
			mark += " (" + Unconfirmed + ")"
		}
		fmt.Fprintf(s, "- %s · **%s** %s%s (%s)\n", x.Date, x.ID, x.Title, mark, citeList(x.Sources))
	}
	s.WriteString("\n")
}

// CitationText writes a citation in full: "S0 L83 — title (publisher), URL".
func (b *Briefing) CitationText(c Citation) string {
	src := b.Source(c.Source)
	if src == nil {
		return c.String()
	}
	text := c.String() + " — " + src.Title
	if src.Publisher != "" {
		text += " (" + src.Publisher + ")"
	}
	if src.URL != "" {
		text += ", " + src.URL
	}
	return text
}

// writeLinks writes a section listing related items, if there are any.
func writeLinks(s *strings.Builder, heading string, items []Entry) {
	if len(items) == 0 {
		return
	}
	fmt.Fprintf(s, "## %s\n\n", heading)
	for _, e := range items {
		fmt.Fprintf(s, "- **%s** %s (%s)\n", e.Base().ID, e.Base().Title, e.Base().Kind.Label())
	}
	s.WriteString("\n")
}

func citeList(cs []Citation) string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = c.String()
	}
	return strings.Join(out, "; ")
}

func joinNonEmpty(sep string, parts ...string) string {
	var out []string
	for _, p := range parts {
		if p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, sep)
}
