package parser

import "time"

// daysOf turns the clause's day mentions into calendar days (yyyymmdd).
// A day that has no session still yields a key, so the clause matches
// nothing and the bot asks back instead of guessing. filterPast is true
// when only weekdays, months or bare day numbers were named: then sessions
// that have already started are not offered (a "Donnerstag" written on a
// Monday means the coming one).
func (r *resolver) daysOf(m mentions) (dates []int, filterPast, ambiguous bool) {
	if len(m.days) == 0 {
		return nil, true, false
	}
	filterPast = true
	var explicit []int
	for _, d := range m.days {
		switch d.kind {
		case dayExplicit, dayRelative, dayNextWeekday, dayThisWeekday:
			filterPast = false
		}
		if d.kind == dayExplicit || d.kind == dayRelative {
			explicit = append(explicit, r.concreteDays(d)...)
		}
	}
	for _, d := range m.days {
		switch d.kind {
		case dayExplicit, dayRelative:
			continue
		case dayWeekday, dayNextWeekday, dayThisWeekday:
			if len(explicit) > 0 {
				if !weekdayFits(explicit, d.weekday) {
					return []int{0}, false, false // "Samstag, 17. August": contradictory
				}
				continue
			}
		}
		ks, amb := r.fuzzyDays(d)
		ambiguous = ambiguous || amb
		dates = append(dates, ks...)
	}
	dates = append(dates, explicit...)
	if len(dates) == 0 {
		dates = []int{0}
	}
	return dates, filterPast, ambiguous
}

// concreteDays resolves a date or a relative day to its key(s).
func (r *resolver) concreteDays(d dayRef) []int {
	if d.kind == dayRelative {
		if r.now.IsZero() {
			return []int{0}
		}
		return []int{dateKey(r.now.AddDate(0, 0, d.rel))}
	}
	if d.year > 0 {
		return []int{d.year*10000 + int(d.month)*100 + d.day}
	}
	var out []int
	for _, s := range r.sessions {
		if s.start.Month() == d.month && s.start.Day() == d.day && !containsInt(out, s.date) {
			out = append(out, s.date)
		}
	}
	if len(out) > 1 {
		out = r.nearest(out)
	}
	if len(out) == 0 {
		y := r.now.Year()
		if r.now.IsZero() {
			y = 1
		}
		out = []int{y*10000 + int(d.month)*100 + d.day}
	}
	return out
}

// fuzzyDays resolves weekdays, bare day numbers and months.
func (r *resolver) fuzzyDays(d dayRef) ([]int, bool) {
	switch d.kind {
	case dayNextWeekday, dayThisWeekday:
		if !r.now.IsZero() {
			return []int{r.weekdayFrom(d.weekday, d.kind == dayNextWeekday)}, false
		}
	case dayMonth:
		var out []int
		for i, s := range r.sessions {
			if s.start.Month() == d.month && r.upcoming(i) && !containsInt(out, s.date) {
				out = append(out, s.date)
			}
		}
		return orNone(out), false
	}
	var cands, upcoming []int
	for i, s := range r.sessions {
		ok := (d.kind == dayOnly && s.start.Day() == d.day) || (d.kind != dayOnly && s.weekday == d.weekday)
		if !ok || containsInt(cands, s.date) {
			continue
		}
		cands = append(cands, s.date)
		if r.upcoming(i) && !containsInt(upcoming, s.date) {
			upcoming = append(upcoming, s.date)
		}
	}
	if len(upcoming) > 0 {
		cands = upcoming
	}
	if len(cands) > 1 {
		return r.nearest(cands), true
	}
	return orNone(cands), false
}

func orNone(a []int) []int {
	if len(a) == 0 {
		return []int{0}
	}
	return a
}

// nearest keeps the first of several days (they are in session order, so
// the first upcoming one is the nearest).
func (r *resolver) nearest(days []int) []int {
	return days[:1]
}

// weekdayFrom returns the first day with that weekday after the mail's date
// (strictly after for "nächsten"/"next", from today on for "diesen"/"this").
func (r *resolver) weekdayFrom(wd time.Weekday, strict bool) int {
	t := r.now
	if strict {
		t = t.AddDate(0, 0, 1)
	}
	for i := 0; i < 7; i++ {
		if t.Weekday() == wd {
			return dateKey(t)
		}
		t = t.AddDate(0, 0, 1)
	}
	return 0
}

// weekdayFits reports whether one of the days falls on that weekday.
func weekdayFits(days []int, wd time.Weekday) bool {
	for _, k := range days {
		t := time.Date(k/10000, time.Month(k/100%100), k%100, 12, 0, 0, 0, time.UTC)
		if k/10000 > 1 && t.Weekday() == wd {
			return true
		}
		if k/10000 <= 1 {
			return true // year unknown: cannot check
		}
	}
	return false
}
