package model

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Precision says how exactly a date is known.
type Precision int

// The precisions a date can have, from the finest to the coarsest.
const (
	Day     Precision = iota // 30 June 2023
	Month                    // June 2023
	Quarter                  // Q1 2023
	Half                     // H1 2025
	Early                    // early 2024: the first quarter, as sources use it loosely
	Late                     // end of 2024: the last quarter
	Year                     // 2026
)

// Date is a date as precisely as a source gives it. It stands for the whole
// period it names: Q1 2023 runs from 1 January to 31 March 2023.
type Date struct {
	Year       int
	Month      time.Month // for Day and Month precision
	DayOfMonth int        // for Day precision
	Part       int        // the quarter (1-4) or half (1-2)
	Precision  Precision
}

// ParseDate reads a date as content writes it: "2023-06-30", "2023-06",
// "Q1 2023", "H1 2025", "2026", "early 2024" or "end of 2024".
func ParseDate(s string) (Date, error) {
	s = strings.TrimSpace(s)
	lower := strings.ToLower(s)
	bad := func() (Date, error) {
		return Date{}, fmt.Errorf("cannot read date %s: write 2023-06-30, 2023-06, Q1 2023, H1 2025, 2026, early 2024 or end of 2024", quoteShort(s))
	}
	year := func(y string) (int, bool) {
		if len(y) != 4 {
			return 0, false
		}
		n, err := strconv.Atoi(y)
		return n, err == nil && n >= 1000
	}
	switch {
	case strings.HasPrefix(lower, "early "):
		if y, ok := year(strings.TrimSpace(lower[len("early "):])); ok {
			return Date{Year: y, Precision: Early}, nil
		}
		return bad()
	case strings.HasPrefix(lower, "end of "):
		if y, ok := year(strings.TrimSpace(lower[len("end of "):])); ok {
			return Date{Year: y, Precision: Late}, nil
		}
		return bad()
	case len(lower) == 7 && (lower[0] == 'q' || lower[0] == 'h') && lower[2] == ' ':
		y, ok := year(lower[3:])
		part := int(lower[1] - '0')
		if !ok {
			return bad()
		}
		if lower[0] == 'q' && part >= 1 && part <= 4 {
			return Date{Year: y, Part: part, Precision: Quarter}, nil
		}
		if lower[0] == 'h' && part >= 1 && part <= 2 {
			return Date{Year: y, Part: part, Precision: Half}, nil
		}
		return bad()
	}
	parts := strings.Split(s, "-")
	y, ok := year(parts[0])
	if !ok || len(parts) > 3 {
		return bad()
	}
	if len(parts) == 1 {
		return Date{Year: y, Precision: Year}, nil
	}
	m, err := strconv.Atoi(parts[1])
	if err != nil || len(parts[1]) != 2 || m < 1 || m > 12 {
		return bad()
	}
	if len(parts) == 2 {
		return Date{Year: y, Month: time.Month(m), Precision: Month}, nil
	}
	d, err := strconv.Atoi(parts[2])
	if err != nil || len(parts[2]) != 2 || d < 1 || d > daysIn(time.Month(m), y) {
		return bad()
	}
	return Date{Year: y, Month: time.Month(m), DayOfMonth: d, Precision: Day}, nil
}

// DateOf returns the day of t as a Date of Day precision.
func DateOf(t time.Time) Date {
	return Date{Year: t.Year(), Month: t.Month(), DayOfMonth: t.Day(), Precision: Day}
}

func daysIn(m time.Month, year int) int {
	return time.Date(year, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// monthSpan gives the first and last month of the period.
func (d Date) monthSpan() (time.Month, time.Month) {
	switch d.Precision {
	case Day, Month:
		return d.Month, d.Month
	case Quarter:
		first := time.Month(3*(d.Part-1) + 1)
		return first, first + 2
	case Half:
		first := time.Month(6*(d.Part-1) + 1)
		return first, first + 5
	case Early:
		return time.January, time.March
	case Late:
		return time.October, time.December
	default:
		return time.January, time.December
	}
}

// Start is the first day of the period the date names.
func (d Date) Start() time.Time {
	if d.Precision == Day {
		return time.Date(d.Year, d.Month, d.DayOfMonth, 0, 0, 0, 0, time.UTC)
	}
	first, _ := d.monthSpan()
	return time.Date(d.Year, first, 1, 0, 0, 0, 0, time.UTC)
}

// End is the last day of the period the date names.
func (d Date) End() time.Time {
	if d.Precision == Day {
		return d.Start()
	}
	_, last := d.monthSpan()
	return time.Date(d.Year, last, daysIn(last, d.Year), 0, 0, 0, 0, time.UTC)
}

// IsZero reports whether the date was never set.
func (d Date) IsZero() bool { return d.Year == 0 }

// Compare orders dates by the start of their period, then by its end, so that
// "1 June 2023" sorts before "June 2023". It returns -1, 0 or +1.
func (d Date) Compare(o Date) int {
	if c := d.Start().Compare(o.Start()); c != 0 {
		return c
	}
	if c := d.End().Compare(o.End()); c != 0 {
		return c
	}
	return 0
}

// Before reports whether the whole period of d ends before o starts.
func (d Date) Before(o Date) bool { return d.End().Before(o.Start()) }

// When places a date relative to today.
type When int

// Where a date stands relative to today.
const (
	Past    When = iota // the whole period is over
	Current             // today falls inside the period
	Future              // the period has not started
)

// Relative tells whether the period is over, under way or still to come on
// the given day.
func (d Date) Relative(today time.Time) When {
	day := DateOf(today).Start()
	switch {
	case d.End().Before(day):
		return Past
	case d.Start().After(day):
		return Future
	default:
		return Current
	}
}

// String writes the date as a person would: "30 June 2023", "June 2023",
// "Q1 2023", "H1 2025", "early 2024", "end of 2024", "2026".
func (d Date) String() string {
	switch d.Precision {
	case Day:
		return fmt.Sprintf("%d %s %d", d.DayOfMonth, d.Month, d.Year)
	case Month:
		return fmt.Sprintf("%s %d", d.Month, d.Year)
	case Quarter:
		return fmt.Sprintf("Q%d %d", d.Part, d.Year)
	case Half:
		return fmt.Sprintf("H%d %d", d.Part, d.Year)
	case Early:
		return fmt.Sprintf("early %d", d.Year)
	case Late:
		return fmt.Sprintf("end of %d", d.Year)
	default:
		return strconv.Itoa(d.Year)
	}
}

// Phrase writes the date with the preposition English wants before it: "on
// 30 June 2023", "in June 2023", "in Q1 2023", "at the end of 2024".
func (d Date) Phrase() string {
	switch d.Precision {
	case Day:
		return "on " + d.String()
	case Late:
		return "at the " + d.String()
	default:
		return "in " + d.String()
	}
}

// ISO writes the date in the form content uses ("2023-06-30", "Q1 2023"), so
// that it parses back to the same date.
func (d Date) ISO() string {
	switch d.Precision {
	case Day:
		return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.DayOfMonth)
	case Month:
		return fmt.Sprintf("%04d-%02d", d.Year, int(d.Month))
	default:
		return d.String()
	}
}

// MarshalText writes the date as ISO does, for JSON output.
func (d Date) MarshalText() ([]byte, error) { return []byte(d.ISO()), nil }

// UnmarshalText reads a date as ParseDate does.
func (d *Date) UnmarshalText(b []byte) error {
	parsed, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = parsed
	return nil
}
