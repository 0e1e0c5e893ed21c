// Package gen writes synthetic briefing content: any number of valid items
// of realistic length, in the format of content/FORMAT.md, for measuring
// search and loading at scale. The same seed gives the same content.
package gen

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Areas are the ids of the 11 priority areas, as in the real content.
var Areas = []string{"RES", "SEMI", "HPCQ", "CYBER", "B5G", "SKILLS", "AI", "PLAT", "DATA", "DID", "TRADE"}

// vocabulary is weighted towards the front (Zipf), as real text is.
var vocabulary = strings.Fields(`the and of to in for a on with by
cooperation partnership digital research council joint action Korea EU Commission ministry minister
semiconductor chips quantum computing high-performance network 6G connectivity cybersecurity data
platform artificial intelligence skills standard trust identity trade talent supply chain security
forum dialogue workshop meeting programme call projects agreement declaration strategy roadmap
exchange researchers industry universities governance interoperability privacy flows adequacy
spectrum standardisation resilience investment innovation infrastructure testbeds pilots
experts delegation summit launch outcome deadline progress review report evidence commitment
Seoul Brussels Busan Daejeon Incheon Strasbourg Luxembourg Bucharest Cluj Iași Timișoara
MSIT KISA ENISA IITP KEIT NIPA ETRI KAIST DG-CONNECT EEAS JRC SNS-JU Chips-JU EuroHPC
ecosystem startups scale-ups venture capital fabrication lithography packaging photonics
encryption post-quantum cryptography certification labelling incident response capacity
cloud edge computing blockchain metaverse robotics automotive batteries mobility health
știri ştiri cooperare științifică ştiinţifică țară ţară învățământ digitalizare parteneriat
디지털 협력 반도체 인공지능 양자 네트워크 표준 보안 데이터 플랫폼 연구 장관 회의 서울`)

var eventTypes = []string{"launch", "summit", "agreement", "call", "deadline", "publication", "meeting", "forum", "projects", "strategy", "declaration", "dialogue", "membership"}
var termCategories = []string{"person", "rok-body", "eu-body", "forum", "programme", "agreement", "concept"}
var modalities = []string{"agree to", "intend to", "are expected to", "endeavour to", "should", "can", "could", "may"}

// Sizes says how many items of each kind n entries make.
type Sizes struct {
	Sources, Actions, Councils, Outcomes, Events, Terms, Contexts, Overview int
}

// SizesFor splits n entries across the kinds in roughly the real content's
// proportions.
func SizesFor(n int) Sizes {
	s := Sizes{Sources: max(5, n/20), Councils: max(2, n/5000), Overview: 3}
	s.Actions = max(len(Areas), n/40)
	s.Outcomes = max(s.Councils, n/8)
	s.Contexts = max(1, n/25)
	rest := n - s.Sources - s.Actions - s.Councils - s.Outcomes - s.Contexts - s.Overview - len(Areas)
	s.Events = max(1, rest*45/100)
	s.Terms = max(1, rest-s.Events)
	return s
}

// tailWords is how many made-up words follow the vocabulary: real text has
// a long tail of rare words (names, places, terms), which is what makes a
// search word selective.
const tailWords = 30000

var syllables = strings.Fields("ka ro mi te lu sen dor vi na pel tra gu zo fe chi an ber sol ma ki ja ho su ne ri ta po le gan mun")

type writer struct {
	rnd   *rand.Rand
	vocab []string
	zipf  *rand.Zipf
	files map[string]string
	sizes Sizes
}

// Files returns the content of n entries, path to text, from a seed.
func Files(n int, seed uint64) map[string]string {
	rnd := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	vocab := slices.Clone(vocabulary)
	for range tailWords {
		var b strings.Builder
		for range 2 + rnd.IntN(3) {
			b.WriteString(syllables[rnd.IntN(len(syllables))])
		}
		vocab = append(vocab, b.String())
	}
	w := &writer{rnd: rnd, vocab: vocab, zipf: rand.NewZipf(rnd, 1.05, 8, uint64(len(vocab)-1)), files: map[string]string{}, sizes: SizesFor(n)}
	w.all()
	return w.files
}

// Write writes n entries into dir, which must not hold content already.
func Write(dir string, n int, seed uint64) error {
	for name, text := range Files(n, seed) {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			return err
		}
	}
	return nil
}

func (w *writer) word() string { return w.vocab[w.zipf.Uint64()] }

func (w *writer) words(lo, hi int) string {
	n := lo + w.rnd.IntN(hi-lo+1)
	ws := make([]string, n)
	for i := range ws {
		ws[i] = w.word()
	}
	return strings.Join(ws, " ")
}

func capitalise(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[size:]
}

func (w *writer) sentence() string {
	s := w.words(8, 22)
	return capitalise(s) + "."
}

func (w *writer) title() string {
	return capitalise(w.words(3, 8))
}

func (w *writer) summary() string {
	s := w.words(14, 24)
	return capitalise(s) + "."
}

// body is a few paragraphs, some with a heading, a list or a citation.
func (w *writer) body() string {
	var b strings.Builder
	paras := 1 + w.rnd.IntN(4)
	for p := range paras {
		if p > 0 && w.rnd.IntN(3) == 0 {
			fmt.Fprintf(&b, "### %s\n\n", w.title())
		}
		for s := 0; s < 1+w.rnd.IntN(3); s++ {
			if s > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(w.sentence())
		}
		fmt.Fprintf(&b, " (S%d L%d).\n\n", w.rnd.IntN(5), 1+w.rnd.IntN(300))
	}
	return b.String()
}

func (w *writer) cite() string {
	var b strings.Builder
	b.WriteString("sources:\n")
	for i := 0; i < 1+w.rnd.IntN(3); i++ {
		if i == 0 || w.sizes.Sources <= 5 || w.rnd.IntN(2) == 0 {
			fmt.Fprintf(&b, "  - S%d L%d\n", w.rnd.IntN(5), 1+w.rnd.IntN(300))
		} else {
			fmt.Fprintf(&b, "  - PUB-%d\n", 5+w.rnd.IntN(w.sizes.Sources-5))
		}
	}
	return b.String()
}

func (w *writer) aliases() string {
	if w.rnd.IntN(2) == 0 {
		return ""
	}
	return "aliases: " + w.words(1, 2) + ", " + w.words(1, 3) + "\n"
}

func (w *writer) put(folder, id, header string) {
	w.files[folder+"/"+id+".md"] = "---\nid: " + id + "\ntitle: " + w.title() + "\n" + header +
		"summary: " + w.summary() + "\n" + w.aliases() + w.cite() + "---\n" + w.body()
}

func (w *writer) date() string {
	return fmt.Sprintf("%d-%02d-%02d", 2022+w.rnd.IntN(4), 1+w.rnd.IntN(12), 1+w.rnd.IntN(28))
}

func (w *writer) all() {
	s := w.sizes
	for i := range 5 {
		w.put("sources", fmt.Sprintf("S%d", i), fmt.Sprintf("type: seed\nlanguage: %s\nfile: seed-%d.md\n", []string{"en", "ko", "ro", "en", "ro"}[i], i))
	}
	for i := 5; i < s.Sources; i++ {
		w.put("sources", fmt.Sprintf("PUB-%d", i), fmt.Sprintf("type: public\npublisher: %s\ndate: %s\nlanguage: en\nurl: https://example.org/%d\n", w.title(), w.date(), i))
	}
	for i := range 3 {
		w.put("overview", fmt.Sprintf("OV-%d", i+1), fmt.Sprintf("order: %d\n", i+1))
	}
	for i, a := range Areas {
		w.put("areas", a, fmt.Sprintf("order: %d\nshort: %s\nname: %s\n", i+1, w.title(), w.title()))
	}
	actions := []string{}
	for i := range s.Actions {
		a := Areas[i%len(Areas)]
		id := fmt.Sprintf("%s-%d", a, 1+i/len(Areas))
		actions = append(actions, id)
		deadline := ""
		if w.rnd.IntN(3) == 0 {
			deadline = "deadline: " + w.date() + "\n"
		}
		w.put("actions", id, fmt.Sprintf("area: %s\nmodality: %s\n%s", a, modalities[w.rnd.IntN(len(modalities))], deadline))
	}
	for i := range s.Councils {
		planned := i == s.Councils-1
		h := fmt.Sprintf("number: %d\ndate: %d-%02d-%02d\nplace: %s\n", i+1, 2023+i/2, 1+w.rnd.IntN(12), 1+w.rnd.IntN(28), []string{"Seoul", "Brussels"}[i%2])
		if planned {
			h += "status: planned\n"
		} else {
			h += fmt.Sprintf("status: held\neu-chair: %s\neu-chair-role: Commissioner\nrok-chair: %s\nrok-chair-role: Minister\n", w.title(), w.title())
		}
		w.put("councils", fmt.Sprintf("DPC-%d", i+1), h)
	}
	for i := range s.Outcomes {
		c := 1 + i%s.Councils
		id := fmt.Sprintf("DPC-%d.%d", c, 1+i/s.Councils)
		act := actions[w.rnd.IntN(len(actions))]
		w.put("outcomes", id, fmt.Sprintf("council: DPC-%d\nareas: %s\nactions: %s\n", c, strings.SplitN(act, "-", 2)[0], act))
	}
	for i := range s.Events {
		date := w.date()
		id := fmt.Sprintf("EV-%s-%d", date[:4], i)
		act := actions[w.rnd.IntN(len(actions))]
		w.put("events", id, fmt.Sprintf("date: %s\nplace: %s\ntype: %s\nstatus: happened\nactions: %s\n", date, w.title(), eventTypes[w.rnd.IntN(len(eventTypes))], act))
	}
	for i := range s.Terms {
		exp := ""
		if w.rnd.IntN(2) == 0 {
			exp = "expansion: " + w.title() + "\n"
		}
		w.put("glossary", fmt.Sprintf("GL-%d", i), fmt.Sprintf("category: %s\n%s", termCategories[w.rnd.IntN(len(termCategories))], exp))
	}
	for i := range s.Contexts {
		w.put("context", fmt.Sprintf("CX-%d", i), fmt.Sprintf("category: %s\n", []string{"analysis", "partner"}[i%2]))
	}
}
