package parser

// Contrast: "Abends bin ich immer beim Training, aber mittags ginge es" names
// two parts of the day in one sentence. The first clause says nothing about
// wanting that time — it states what the sender does then — and the clause
// after "aber/but" says which time works. Without a negation word the first
// clause would read as a second wish (and "immer" even as a restriction to
// it), so a session the sender cannot attend would be booked.

// reContrastStart opens the clause that says what works instead.
// A consequence ("deshalb/daher … im August") works the same way: "Ende
// Juli sind wir an der Ostsee, deshalb möchten wir den Termin im August".
var reContrastStart = mustRe(`^\s*(?:aber|doch|jedoch|dafür|deshalb|daher|darum|deswegen|but|though|however|whereas|so|therefore|that's why|which is why)\b`)

// reWorks says a time is possible or wanted: in the contrast clause it
// makes that clause the wish; in the clause before it, it makes that one a
// wish too ("Donnerstag wäre gut, aber Samstag ginge auch").
var reWorks = mustRe(`\b(?:gerne?|ginge|geht|gehen|passt|passen|klappt|klappen|kann ich|könnte|möglich|würde|wäre|hätte|komme|kommen|bin ich dabei|am liebsten|lieber|bevorzug\w*|works?|would|could|can|fine|ok|okay|good|suits?|prefer\w*|available|free|frei|zeit)\b`)

// reAlsoWorks makes the contrast clause an addition to the one before.
var reAlsoWorks = mustRe(`\b(?:auch|ebenfalls|also|too|as well|either)\b`)

// markContrast marks the clause before an "aber … ginge es" clause as ruled
// out when it names another day or part of the day and no wish of its own.
func (a *analysis) markContrast() {
	for i := 1; i < len(a.infos); i++ {
		b, prev := &a.infos[i], &a.infos[i-1]
		if b.sentence != prev.sentence || b.excl || prev.excl || prev.old || b.old {
			continue
		}
		if !reContrastStart.MatchString(b.low) || !reWorks.MatchString(b.low) && !b.regWord {
			continue
		}
		if !prev.res.mentioned || !b.res.mentioned || len(prev.res.set) == 0 || len(b.res.set) == 0 {
			continue
		}
		if reAlsoWorks.MatchString(b.low) || rePrefer.MatchString(b.low) || prev.rank == 0 || prev.question {
			continue // "…, aber Donnerstag ginge auch / wäre mir lieber": an addition
		}
		if overlaps(prev.res.set, b.res.set) || prev.regWord || reWorks.MatchString(prev.low) {
			continue
		}
		prev.excl = true
		a.note("ruled out by contrast: " + prev.text)
	}
}
