package parser

import "strings"

// Accounting for every day and time word: the wish rules read the phrasings
// they were written against, and an unseen one ("zur Abendrunde", "the 1
// o'clock one", "Sa., 16.08., 18.00") leaves a word that names a time
// unread. The day next to it then matches both of its sessions, and a wish
// for one would book two. Rather than guess which session such a word
// means, a reading acts only when every time word of the clauses it books
// from was read by a pattern; a word left over holds it for the coordinator.

// unreadCue returns the first time word (see timeCues) of a clause that
// no mention pattern read, or "". "Montage…" (fitting work) names no day.
// The clause was read when it was classified; that reading is reused
// unless a rule has cut the clause since.
func unreadCue(ci *clauseInfo, year int) string {
	low, used, times := ci.low, ci.read.used, ci.read.times
	if used == nil || ci.read.low != low {
		m, u := readMentions(low, year)
		used, times = u, len(m.times) > 0
	}
	for _, loc := range timeCues(low) {
		w := low[loc[0]:loc[1]]
		if anyUsed(used, loc[0], loc[1]) || (boundWords[w] && times) || strings.HasPrefix(w, "montage") {
			continue
		}
		return w
	}
	return ""
}

// boundWords bound a clock time the clause names ("frühestens ab 17 Uhr"):
// bound.go reads them with that time.
var boundWords = map[string]bool{"fruehestens": true, "spaetestens": true, "earliest": true, "latest": true}

// anyUsed: some byte of a..b was read by a mention pattern, so the word
// is part of a mention (a compound like "Donnerstagabend" read in pieces).
func anyUsed(used []bool, a, b int) bool {
	for i := a; i < b && i < len(used); i++ {
		if used[i] {
			return true
		}
	}
	return false
}

// unaccountedDoubt: a sentence the reading books from holds a day or time
// word that no pattern read, in the wish clause itself or in a clause of
// its own that names nothing else ("Donnerstag passt, aber erst nach der
// Arbeit"). An exclusion or a reason ("da ich tagsüber arbeite") accounts
// for its words: it rules out or explains.
func (a *analysis) unaccountedDoubt(chosen []int) string {
	wished := map[int]bool{}
	for _, ci := range a.infos {
		if !ci.excl && ci.sentence < 1<<20 && overlaps(ci.res.set, chosen) {
			wished[ci.sentence] = true
		}
	}
	for _, ci := range a.infos {
		if ci.excl || ci.reason || !wished[ci.sentence] || (ci.res.mentioned && !overlaps(ci.res.set, chosen)) {
			continue
		}
		if w := unreadCue(&ci, a.res.now.Year()); w != "" {
			return "a day or time word the rules did not read: " + w
		}
	}
	return ""
}

// unusedMentionDoubt: a clause of the new text names sessions, yet the
// reading neither books nor rules out any of them and the clause is no
// old booking, reason or past event: the rules read it as nothing, so the
// wish may be read incompletely ("Samstag wäre mir eigentlich lieber" next
// to a Thursday read as the wish).
func (a *analysis) unusedMentionDoubt(chosen []int) string {
	if a.rd.Intent != IntentRegister {
		return "" // a change's other sessions are its old booking and the reason it moves
	}
	for _, ci := range a.infos {
		if ci.sentence >= 1<<20 || len(ci.res.set) == 0 || ci.excl || ci.old || ci.reason || len(ci.oldSet) > 0 || ci.ment.onlyMonth() {
			continue
		}
		if overlaps(ci.res.set, chosen) || a.inPast(ci) {
			continue
		}
		return "a named session the reading does not use: " + ci.text
	}
	return ""
}

// timeOnlyDoubt: a wish clause names a clock time but no day, no day was named
// before it, and its sessions fall on several days: the sender most likely
// named the day in a word no pattern reads ("morje um 1", "Dunnerschdag
// 18 Uhr"). A mail that says any day will do ("egal an welchem Tag", "an
// beiden Tagen") accounts for it. A part of the day alone ("mittags passt
// mir") is commonly meant for every day, so it does not count here.
func (a *analysis) timeOnlyDoubt(chosen []int) string {
	for _, ci := range a.infos {
		if ci.excl || len(ci.ment.days) > 0 || len(ci.res.dates) > 0 || !hasClockTime(ci.ment) || !overlaps(ci.res.set, chosen) {
			continue
		}
		if a.spansDays(ci.res.set) && !a.anyDayWord() {
			return "a time with no day, over several days: " + ci.text
		}
	}
	return ""
}

// spansDays: the sessions lie on more than one date.
func (a *analysis) spansDays(set []int) bool {
	for _, i := range set {
		if a.res.sessions[i].date != a.res.sessions[set[0]].date {
			return true
		}
	}
	return false
}

// anyDayWord: some clause says the day does not matter.
func (a *analysis) anyDayWord() bool {
	for _, ci := range a.infos {
		if ci.anyWord || ci.is(reOnlyPart) || reBothDays.MatchString(ci.low) {
			return true
		}
	}
	return false
}

// reBothDays says the wish holds on every day.
var reBothDays = mustRe(`\b(?:an beiden tagen|beide tage|both days|either day|on both|jeden tag|every day)\b`)
