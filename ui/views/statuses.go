package views

import (
	"strconv"
	"strings"
	"time"

	"github.com/eu-rok/briefing/model"
	"github.com/eu-rok/briefing/ui/list"
)

// Statuses is every joint action's status and every area's scorecard,
// derived once for the fixed today (statuses cannot change while the
// program runs) and shared by the views that show them.
type Statuses struct {
	actions  []*model.Action           // area by area, in the partnership's order
	progress map[string]model.Progress // by model.IDKey of the action
	scores   map[string]model.AreaScore
}

// NewStatuses derives the statuses of a briefing on a day.
func NewStatuses(b *model.Briefing, today time.Time) *Statuses {
	s := &Statuses{progress: map[string]model.Progress{}, scores: map[string]model.AreaScore{}}
	for _, sc := range b.Scorecard(today, "") {
		s.scores[model.IDKey(sc.AreaID)] = sc
		for _, p := range sc.Progress {
			s.actions = append(s.actions, p.Action)
			s.progress[model.IDKey(p.Action.ID)] = p
		}
	}
	return s
}

// Of is an action's status.
func (s *Statuses) Of(a *model.Action) model.Progress { return s.progress[model.IDKey(a.ID)] }

// score draws an area's scorecard for the areas list: one mark per joint
// action, filled when it is delivered (late or not), and the count. The
// short form, for a narrow list, is the bar alone.
func (s *Statuses) score(areaID string) (long, short string, tone list.Tone) {
	sc, ok := s.scores[model.IDKey(areaID)]
	if !ok || sc.Total == 0 {
		return "", "", list.ToneMuted
	}
	bar := strings.Repeat("▰", sc.Done()) + strings.Repeat("▱", sc.Total-sc.Done())
	switch {
	case sc.Counts[model.Overdue] > 0:
		tone = list.ToneBad
	case sc.Done() == sc.Total:
		tone = list.ToneGood
	case sc.Moving() > 0:
		tone = list.ToneAccent
	default:
		tone = list.ToneMuted
	}
	return bar + " " + strconv.Itoa(sc.Done()) + "/" + strconv.Itoa(sc.Total), bar, tone
}

// statusTone colours a status the same way everywhere: delivered in
// green, delivered late or only in part in amber, work under way in the
// accent, overdue in red, and no evidence or mere plans muted.
func statusTone(s model.Status) list.Tone {
	switch s {
	case model.Delivered:
		return list.ToneGood
	case model.DeliveredLate, model.PartlyDelivered:
		return list.ToneWarn
	case model.UnderWay:
		return list.ToneAccent
	case model.Overdue:
		return list.ToneBad
	default:
		return list.ToneMuted
	}
}

// stateTone colours a Council's or an event's state: plans still open and
// dates fixed ahead in amber, kept plans in green, plans that passed
// unreported in red.
func stateTone(s model.MomentState) list.Tone {
	switch {
	case s.Stage == model.StagePlanned && s.Plan == model.PlanUnreported:
		return list.ToneBad
	case s.Stage == model.StagePlanned && (s.Plan == model.PlanKept || s.Plan == model.PlanKeptLate):
		return list.ToneGood
	case s.Stage == model.StagePlanned, s.Stage == model.StageScheduled:
		return list.ToneWarn
	default:
		return list.ToneMuted
	}
}
