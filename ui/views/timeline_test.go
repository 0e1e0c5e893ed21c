package views

import (
	"testing"
	"time"

	"github.com/eu-rok/briefing/model"
)

// m1: the "today" row falls between what is past and what is not, on any
// day: a plan dated only "2026" is not past on 30 November 2026, and an
// event of 10 June 2026 is, so the plan comes after the row and the event
// before it.
func TestTimelineTodayRowSplitsPastFromTheRest(t *testing.T) {
	for _, day := range []string{"2026-01-15", "2026-07-01", "2026-11-30", "2027-03-01"} {
		today, _ := time.Parse("2006-01-02", day)
		d := deps(t, today, nil)
		v := &timeline{d: d}
		after := false
		for _, it := range v.Items() {
			if it.Divider {
				after = true
				continue
			}
			e, _ := d.C.B.Get(it.ID)
			var date model.Date
			switch x := e.(type) {
			case *model.Council:
				date = x.Date
			case *model.Event:
				date = x.Date
			}
			if past := date.Relative(today) == model.Past; past == after {
				t.Errorf("%s: %s (%s) is on the wrong side of today", day, it.ID, date)
			}
		}
	}
}
