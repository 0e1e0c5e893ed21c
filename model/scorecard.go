package model

import "time"

// AreaScore counts an area's joint actions by status.
type AreaScore struct {
	Area     *Area          `json:"-"`
	AreaID   string         `json:"area"`
	Counts   map[Status]int `json:"counts"`
	Total    int            `json:"total"`
	Progress []Progress     `json:"actions"`
}

// Done is how many of the area's actions are delivered, late or not.
func (s AreaScore) Done() int { return s.Counts[Delivered] + s.Counts[DeliveredLate] }

// Moving is how many actions show reported work but are not done: partly
// delivered or under way. A delivered action is counted once, as done, so
// done, moving, planned, no evidence and overdue add up to the total.
func (s AreaScore) Moving() int { return s.Counts[PartlyDelivered] + s.Counts[UnderWay] }

// Scorecard derives the status of every joint action, area by area, on the
// given day. With an area id it covers that area alone.
func (b *Briefing) Scorecard(today time.Time, areaID string) []AreaScore {
	var out []AreaScore
	for _, a := range b.Areas {
		if areaID != "" && IDKey(a.ID) != IDKey(areaID) {
			continue
		}
		s := AreaScore{Area: a, AreaID: a.ID, Counts: map[Status]int{}}
		for _, act := range b.ActionsOf(a.ID) {
			p := b.ProgressOf(act, today)
			s.Counts[p.Status]++
			s.Total++
			s.Progress = append(s.Progress, p)
		}
		out = append(out, s)
	}
	return out
}
