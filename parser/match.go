package parser

import (
	"sort"
	"time"
)

// sessionInfo is a configured session seen in the bot's time zone.
type sessionInfo struct {
	id      string
	start   time.Time
	date    int // yyyymmdd
	hour    int
	min     int
	weekday time.Weekday
}

// resolver matches mentions against the configured sessions, relative to
// the mail's Date.
type resolver struct {
	sessions []sessionInfo // in start order
	now      time.Time     // the mail's Date (zero when unknown)
	loc      *time.Location
}

func newResolver(ss []Session, now time.Time, loc *time.Location) *resolver {
	r := &resolver{now: now, loc: loc}
	for _, s := range ss {
		t := s.Start.In(loc)
		r.sessions = append(r.sessions, sessionInfo{id: s.ID, start: t, date: dateKey(t),
			hour: t.Hour(), min: t.Minute(), weekday: t.Weekday()})
	}
	sort.SliceStable(r.sessions, func(i, j int) bool { return r.sessions[i].start.Before(r.sessions[j].start) })
	return r
}

func dateKey(t time.Time) int { return t.Year()*10000 + int(t.Month())*100 + t.Day() }

// upcoming reports whether session i has not started at the mail's Date.
func (r *resolver) upcoming(i int) bool {
	return r.now.IsZero() || r.sessions[i].start.After(r.now)
}

// resolution is the outcome of matching one clause.
type resolution struct {
	set       []int // session indices in date order
	dates     []int // the days the clause names (for "am selben Tag" later)
	ambiguous bool  // a weekday or day fit more than one date
	mentioned bool  // the clause names a day or a time at all
}

// resolve matches one clause's mentions. Sessions that have started at the
// mail's Date never match: they cannot be booked any more. carry holds the days named before
// (a time alone refers to them: "am 16.08. … stattdessen um 13 Uhr").
// quoteTime is the time of a quoted booking for "gleiche Uhrzeit".
func (r *resolver) resolve(m mentions, carry []int, q *quoteContext) resolution {
	res := resolution{mentioned: !m.empty()}
	if !res.mentioned || m.conflict {
		return res
	}
	dates, _, amb := r.daysOf(m)
	res.ambiguous = amb
	if len(m.days) == 0 && len(carry) > 0 {
		dates = carry
	}
	if len(m.days) == 0 && len(carry) == 0 && m.sameDay && q != nil && q.single >= 0 {
		dates = []int{r.sessions[q.single].date}
	}
	if len(m.days) > 0 && len(dates) == 0 {
		return res // names a day that has no session: ask back
	}
	res.dates = dates
	for i, s := range r.sessions {
		if dates != nil && !containsInt(dates, s.date) {
			continue
		}
		if !r.upcoming(i) {
			continue
		}
		if !r.timeFits(m, i, q) {
			continue
		}
		res.set = append(res.set, i)
	}
	return res
}

// timeFits checks the clause's times against session i. Exact times are
// alternatives ("13 oder 18 Uhr"); parts of the day must all fit.
func (r *resolver) timeFits(m mentions, i int, q *quoteContext) bool {
	s := r.sessions[i]
	if m.sameTime && (q == nil || q.single < 0 || q.hour != s.hour || q.min != s.min) {
		return false
	}
	exact, exactOK := false, false
	for _, t := range m.times {
		switch t.part {
		case "":
			exact = true
			if t.hour == s.hour && t.min == s.min || r.fromBound(t, s.hour, s.min) {
				exactOK = true
			}
		case "early", "late":
			if !r.isEdgeOfDay(i, t.part == "early") {
				return false
			}
		default:
			if !partMatches(t.part, s.hour) {
				return false
			}
		}
	}
	return !exact || exactOK
}

// isEdgeOfDay: is session i the first (or last) session of its day?
func (r *resolver) isEdgeOfDay(i int, first bool) bool {
	for j, s := range r.sessions {
		if s.date != r.sessions[i].date || j == i {
			continue
		}
		if first && s.start.Before(r.sessions[i].start) {
			return false
		}
		if !first && s.start.After(r.sessions[i].start) {
			return false
		}
	}
	return true
}

func containsInt(a []int, x int) bool {
	for _, v := range a {
		if v == x {
			return true
		}
	}
	return false
}
