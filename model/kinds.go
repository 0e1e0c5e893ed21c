package model

// Overview is a section of the partnership's overview: what it is, its aims,
// governance, legal character, and the clauses that are not areas.
type Overview struct {
	Item
	Order int `json:"order"`
}

// Area is one of the 11 priority areas of the Digital Partnership.
type Area struct {
	Item
	Order int    `json:"order"`
	Short string `json:"short"` // the name the app shows
	Name  string `json:"name"`  // the official name
}

// Action is one of the initial joint actions, the commitments of an area.
// Where the partnership text joins several commitments in one action, each
// is a Part; the action's modality is then its first part's verb, and a
// deadline belongs to the part it dates.
type Action struct {
	Item
	Area     string   `json:"area"`
	Modality Modality `json:"modality"`
	Deadline *Date    `json:"deadline,omitempty"`
	Parts    []Part   `json:"parts,omitempty"`
}

// Chair is one co-chair of a Council meeting.
type Chair struct {
	Name string `json:"name"`
	Role string `json:"role"`
}

// Council is a meeting of the Digital Partnership Council.
type Council struct {
	Item
	Number   int    `json:"number"`
	Date     Date   `json:"date"`
	Place    string `json:"place"`
	Venue    string `json:"venue,omitempty"`
	Planned  bool   `json:"planned"`
	EUChair  Chair  `json:"eu_chair"`
	ROKChair Chair  `json:"rok_chair"`
}

// DateAndPlace is when and where a Council meets, as lists show it:
// "28 November 2025, Seoul", or the date alone when the place is not known.
func (c *Council) DateAndPlace() string {
	if c.Place == "" {
		return c.Date.String()
	}
	return c.Date.String() + ", " + c.Place
}

// Outcome is one thing a Council agreed, decided or took note of.
type Outcome struct {
	Item
	Council  string   `json:"council"`
	Areas    []string `json:"areas,omitempty"`
	Actions  []string `json:"actions,omitempty"`
	Delivers []string `json:"delivers,omitempty"` // actions this outcome shows done
}

// Event is a dated item of the timeline, happened or planned.
type Event struct {
	Item
	Date    Date   `json:"date"`
	End     *Date  `json:"end,omitempty"`
	Place   string `json:"place,omitempty"`
	Who     string `json:"who,omitempty"`
	Type    string `json:"type"`
	Planned bool   `json:"planned"`
	// Unconfirmed is set for an event reported only by unofficial sources:
	// it is shown as "reported, unconfirmed" and never decides a status.
	Unconfirmed bool     `json:"unconfirmed,omitempty"`
	Areas       []string `json:"areas,omitempty"`
	Actions     []string `json:"actions,omitempty"`
	Councils    []string `json:"councils,omitempty"`
	Delivers    []string `json:"delivers,omitempty"`
	FulfilledBy string   `json:"fulfilled_by,omitempty"` // for a plan: what carried it out
}

// Term is a glossary entry: a person, a body, a forum, a programme, an
// agreement or a concept.
type Term struct {
	Item
	Category  string `json:"category"`
	Expansion string `json:"expansion,omitempty"`
}

// Context is a note of analysis or on the EU's digital ties with another
// partner.
type Context struct {
	Item
	Category string `json:"category"`
}

// Source is a document the briefing relies on: a seed document or a public
// page.
type Source struct {
	Item
	Type      string `json:"type"` // seed or public
	Publisher string `json:"publisher,omitempty"`
	Date      *Date  `json:"date,omitempty"`
	Language  string `json:"language"`
	URL       string `json:"url,omitempty"`
	SeedFile  string `json:"seed_file,omitempty"`
}

// The closed vocabularies of the content format.
var (
	eventTypes      = []string{"launch", "council", "summit", "agreement", "call", "deadline", "publication", "meeting", "forum", "projects", "strategy", "declaration", "dialogue", "membership"}
	termCategories  = []string{"person", "rok-body", "eu-body", "forum", "programme", "agreement", "concept"}
	contextCategory = []string{"analysis", "partner"}
	sourceTypes     = []string{"seed", "public"}
)
