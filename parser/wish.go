package parser

import "strings"

// hasRealQuestion: the mail asks something a human must answer — not the
// routine "noch Platz?" and not the request itself ("Könnten Sie mich
// umbuchen?"); an impersonal one ("bis wann kann man sich anmelden?") asks
// about the rules, so it is a question even with a request word.
func (a *analysis) hasRealQuestion() bool {
	seen := map[int]bool{}
	for _, ci := range a.infos {
		if ci.is(reQuestionPhrase) {
			a.note(ci.text)
			return true
		}
		if !ci.question || seen[ci.sentence] {
			continue
		}
		seen[ci.sentence] = true
		if ci.sentIs(reProcessQ) {
			a.note(strings.TrimSpace(ci.text))
			return true // "muss man sich für den Samstag anmelden?"
		}
		if ci.sentIs(reRoutineQ) || (ci.sentIs(reRequestQ) && !ci.sentIs(reImpersonalQ)) || a.sentenceNamesSession(ci.sentence) {
			continue
		}
		a.note(strings.TrimSpace(ci.text))
		return true
	}
	return false
}

func (a *analysis) sentenceNamesSession(sent int) bool {
	for _, ci := range a.infos {
		if ci.sentence == sent && len(ci.res.set) > 0 && ci.ment.hasSpecific() {
			return true
		}
	}
	return false
}

// exclusions are the sessions the sender rules out.
func (a *analysis) exclusions() []int {
	var out []int
	for _, ci := range a.infos {
		if reAllExcluded.MatchString(ci.low) || (ci.excl && reAnyOfThe.MatchString(ci.low)) {
			for i := range a.res.sessions {
				out = appendUnique(out, i)
			}
		}
		if ci.excl && !ci.reason {
			for _, i := range ci.res.set {
				out = appendUnique(out, i)
			}
		}
	}
	return out
}

// allExcluded: no wish is left and every upcoming session is ruled out.
func (a *analysis) allExcluded() bool {
	ex := a.exclusions()
	if len(ex) == 0 || len(a.wishClauses(false)) > 0 {
		return false
	}
	for i := range a.res.sessions {
		if a.res.upcoming(i) && !containsInt(ex, i) {
			return false
		}
	}
	return true
}

// wishClauses are the clauses that name wished sessions. For a change,
// clauses that name the new session ("stattdessen", "umbuchen auf") win.
func (a *analysis) wishClauses(change bool) []*clauseInfo {
	var out, targets []*clauseInfo
	for i := range a.infos {
		ci := &a.infos[i]
		if !ci.res.mentioned || ci.excl || ci.reason || (ci.old && !ci.target) {
			continue
		}
		if ci.old && ci.target && len(ci.oldSet) == 0 {
			continue
		}
		out = append(out, ci)
		if ci.target || ci.regWord {
			targets = append(targets, ci)
		}
	}
	if change && len(targets) > 0 {
		return refiningTargets(targets, out)
	}
	return out
}

// orderWishes lists the wished sessions: preferred clauses first, then
// neutral, then fallbacks; a broad clause ("diesen Samstag") refined by a
// narrower one ("um 13 Uhr") gives way to it; ruled-out sessions are dropped.
func (a *analysis) orderWishes(ws []*clauseInfo, drop []int) []int {
	var keep []*clauseInfo
	for _, w := range ws {
		if !refinedExceptPreference(w, ws) {
			keep = append(keep, w)
		}
	}
	var out []int
	for rank := 0; rank <= 2; rank++ {
		for _, w := range keep {
			if w.rank != rank {
				continue
			}
			for _, i := range w.res.set {
				if !containsInt(drop, i) {
					out = appendUnique(out, i)
				}
			}
			a.note(w.text)
		}
	}
	return out
}

// register fills sessions and any for a registration.
func (a *analysis) register(s signals) {
	ws := a.wishClauses(false)
	for _, w := range ws {
		if len(w.res.set) > 1 && !hasOwnTime(w.ment) {
			w.res.set = a.narrowBySubject(w.res.set)
		}
	}
	ex := a.exclusions()
	order := a.orderWishes(ws, ex)
	anyGlobal := a.anyGlobal()
	switch {
	case len(ws) == 0 && s.affirm && a.quote.single >= 0 && a.quote.offered:
		a.rd.Affirmative = true
		order = []int{a.quote.single}
		a.conf -= 0.1
		a.note("yes to the quoted offer")
	case len(ws) == 0 && a.ordinalChoice() >= 0:
		order = []int{a.ordinalChoice()}
		a.conf -= 0.1
		a.note("an ordinal pick from the quoted list")
	case len(ws) == 0 && s.affirm:
		a.rd.Affirmative = true
		a.conf -= 0.3
	case len(ws) == 0 && anyGlobal && len(ex) == 0:
		a.rd.Any = true
	case len(ws) == 0 && len(ex) > 0:
		order = a.fitting(a.upcomingExcept(ex)) // "gerne, nur nicht am 24.": the rest
		a.note("every session but the ruled-out ones")
	case anyGlobal && a.hasPreferred(ws):
		order = append(order, a.fitting(a.upcomingExcept(append(ex, order...)))...)
	}
	a.setSessions(order)
	a.judgeWishes(ws, order)
}

// judgeWishes lowers confidence where the wish is doubtful.
func (a *analysis) judgeWishes(ws []*clauseInfo, order []int) {
	for _, w := range ws {
		if w.res.ambiguous {
			a.conf = min(a.conf, 0.5)
			a.note("weekday or day fits several dates: " + w.text)
		}
		if len(w.res.set) == 0 && len(order) > 0 {
			a.conf -= 0.2
			a.note("a named day has no session: " + w.text)
		}
	}
}

// change fills sessions for a rebooking: the new wish minus the old booking.
func (a *analysis) change() {
	ws := a.wishClauses(true)
	drop := a.exclusions()
	for i := range a.infos {
		ci := &a.infos[i]
		drop = append(drop, ci.oldSet...)
		if ci.old && !ci.target {
			drop = append(drop, oldNotRefined(ci.res.set, ws)...)
		}
	}
	if a.quote.confirmed && a.quote.single >= 0 {
		drop = append(drop, a.quote.single)
	}
	order := a.orderWishes(ws, drop)
	if len(order) == 0 && a.anyGlobal() {
		order = a.fitting(a.upcomingExcept(drop))
	}
	a.setSessions(order)
	a.judgeWishes(ws, order)
}

// cancel lists the sessions the cancel names, or the quoted booking. A month
// alone ("im August") names no single session: then all bookings.
func (a *analysis) cancel() {
	order := a.cancelNamed()
	if len(order) > 1 {
		order = a.narrowBySubject(order)
	}
	if len(order) > 1 && a.quote.single >= 0 && a.quote.confirmed && containsInt(order, a.quote.single) {
		order = []int{a.quote.single} // "Thursday" and the quoted booking is Thursday 13:00
	}
	if len(order) == 0 && a.quote.single >= 0 && a.quote.confirmed && !a.namesMonth() {
		order = []int{a.quote.single}
		a.note("the quoted booking")
	}
	a.setSessions(order)
}

func cancelSpecific(m mentions) bool {
	for _, d := range m.days {
		if d.kind != dayMonth {
			return true
		}
	}
	return len(m.days) == 0 && len(m.times) > 0
}

func (a *analysis) namesMonth() bool {
	for _, ci := range a.infos {
		for _, d := range ci.ment.days {
			if d.kind == dayMonth {
				return true
			}
		}
	}
	return false
}

// anyGlobal: "egal wann" that is not limited to the time of a named day.
// "Die Uhrzeit ist mir egal" in a mail that names no day at all leaves
// nothing to be scoped to: every session is accepted.
func (a *analysis) anyGlobal() bool {
	noDay := !a.anyDayNamed()
	for _, ci := range a.infos {
		if ci.anyWord && !ci.res.mentioned && (noDay || !reAnyScoped.MatchString(ci.low)) && !ci.excl {
			a.note(ci.text)
			return true
		}
	}
	return false
}

func (a *analysis) hasPreferred(ws []*clauseInfo) bool {
	for _, w := range ws {
		if w.rank == 0 {
			return true
		}
	}
	return false
}

func (a *analysis) upcomingExcept(ex []int) []int {
	var out []int
	for i := range a.res.sessions {
		if a.res.upcoming(i) && !containsInt(ex, i) {
			out = append(out, i)
		}
	}
	return out
}

func (a *analysis) setSessions(order []int) {
	a.rd.Sessions = make([]string, 0, len(order))
	for _, i := range order {
		a.rd.Sessions = append(a.rd.Sessions, a.res.sessions[i].id)
	}
}

func appendUnique(a []int, x int) []int {
	if containsInt(a, x) {
		return a
	}
	return append(a, x)
}

func subset(small, big []int) bool {
	for _, x := range small {
		if !containsInt(big, x) {
			return false
		}
	}
	return true
}

// anyDayNamed: some clause names a day or a month.
func (a *analysis) anyDayNamed() bool {
	for _, ci := range a.infos {
		if len(ci.ment.days) > 0 {
			return true
		}
	}
	return false
}
