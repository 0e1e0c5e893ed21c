package model

import (
	"slices"
	"testing"
	"time"
)

func TestParseDateFormatsBack(t *testing.T) {
	cases := map[string]string{
		"2023-06-30":  "30 June 2023",
		"2023-06":     "June 2023",
		"Q1 2023":     "Q1 2023",
		"q4 2024":     "Q4 2024",
		"H1 2025":     "H1 2025",
		"2026":        "2026",
		"early 2024":  "early 2024",
		"end of 2024": "end of 2024",
	}
	for in, want := range cases {
		d, err := ParseDate(in)
		if err != nil {
			t.Fatalf("ParseDate(%q): %v", in, err)
		}
		if got := d.String(); got != want {
			t.Errorf("ParseDate(%q).String() = %q, want %q", in, got, want)
		}
		again, err := ParseDate(d.ISO())
		if err != nil || again != d {
			t.Errorf("%q does not survive ISO(): %q -> %+v, %v", in, d.ISO(), again, err)
		}
	}
}

func TestParseDateRejects(t *testing.T) {
	for _, in := range []string{"", "23 June 2023", "2023-13", "2023-02-30", "Q5 2023", "H3 2025", "202", "2023-6", "early", "end of twenty", "2023-06-30-01"} {
		if _, err := ParseDate(in); err == nil {
			t.Errorf("ParseDate(%q) accepted a bad date", in)
		}
	}
}

func TestDatePeriods(t *testing.T) {
	q1 := MustParseDate("Q1 2023")
	if got := q1.Start().Format("2006-01-02"); got != "2023-01-01" {
		t.Errorf("Q1 2023 starts %s", got)
	}
	if got := q1.End().Format("2006-01-02"); got != "2023-03-31" {
		t.Errorf("Q1 2023 ends %s", got)
	}
	if got := MustParseDate("end of 2024").Start().Format("2006-01-02"); got != "2024-10-01" {
		t.Errorf("end of 2024 starts %s", got)
	}
	if !q1.Before(MustParseDate("2023-06-30")) {
		t.Error("Q1 2023 should be before 30 June 2023")
	}
	if MustParseDate("2023-03-31").Before(q1) || q1.Before(MustParseDate("2023-03-31")) {
		t.Error("31 March 2023 falls within Q1 2023: neither is before the other")
	}
}

func TestDateOrdering(t *testing.T) {
	in := []string{"2026", "H1 2025", "2023-06-30", "Q1 2023", "2023", "end of 2024", "2024-03-26", "2023-06", "early 2024", "2022-11-28"}
	dates := make([]Date, len(in))
	for i, s := range in {
		dates[i] = MustParseDate(s)
	}
	slices.SortFunc(dates, Date.Compare)
	var got []string
	for _, d := range dates {
		got = append(got, d.String())
	}
	want := []string{"28 November 2022", "Q1 2023", "2023", "June 2023", "30 June 2023", "early 2024", "26 March 2024", "end of 2024", "H1 2025", "2026"}
	if !slices.Equal(got, want) {
		t.Errorf("order:\n got %q\nwant %q", got, want)
	}
}

func TestDateRelative(t *testing.T) {
	today := time.Date(2026, 11, 23, 15, 0, 0, 0, time.UTC)
	cases := []struct {
		date string
		want When
	}{
		{"2025-11-28", Past},
		{"2026", Current},
		{"2026-11-23", Current},
		{"H2 2026", Current},
		{"2026-11-24", Future},
		{"2027", Future},
		{"Q3 2026", Past},
	}
	for _, c := range cases {
		if got := MustParseDate(c.date).Relative(today); got != c.want {
			t.Errorf("%s relative to %s = %v, want %v", c.date, today.Format(time.DateOnly), got, c.want)
		}
	}
}

func TestDatePhrase(t *testing.T) {
	for in, want := range map[string]string{"2023-06-30": "on 30 June 2023", "2023-06": "in June 2023", "Q1 2023": "in Q1 2023", "end of 2024": "at the end of 2024", "2026": "in 2026"} {
		if got := MustParseDate(in).Phrase(); got != want {
			t.Errorf("%s: %q, want %q", in, got, want)
		}
	}
}

// MustParseDate is ParseDate for dates written in tests; it panics on a
// bad date.
func MustParseDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}
