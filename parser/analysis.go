package parser

import (
	"strings"
	"time"
)

// analysis holds the working state of one Parse call.
type analysis struct {
	m             *mailData
	rd            *Reading
	opts          Options
	res           *resolver
	parts         bodyParts
	subject       string // lower-case subject without Re:/AW:/Fwd:
	textLow       string // fold(parts.text), folded once for the whole-text rules
	infos         []clauseInfo
	quote         quoteContext
	conf          float64
	otherQuestion bool   // a question in a mail about something else
	textMemo      reMemo // answers about the whole text (see memo.go)
	evidence      []string
}

// clauseInfo is a clause with its mentions, its match and its role.
type clauseInfo struct {
	clause
	sub      int // index of the clause within its sentence
	ment     mentions
	res      resolution
	excl     bool // "am 24. kann ich nicht"
	old      bool // "ich bin für … angemeldet"
	target   bool // "… stattdessen …", "umbuchen auf …"
	reason   bool // "…, da ich tagsüber arbeite"
	oldSet   []int
	oldText  string // "vom 24." part of a change clause
	rank     int    // 0 preferred, 1 neutral, 2 fallback
	anyWord  bool
	scoped   bool // the "egal" is about the time only
	regWord  bool
	sentText string
	read     readMemo
	lowMemo  *reMemo // answers about low (see memo.go)
	sentMemo *reMemo // answers about sentText, shared by the sentence's clauses
}

func newAnalysis(m *mailData, rd *Reading, opts Options, loc *time.Location) *analysis {
	return &analysis{m: m, rd: rd, opts: opts, res: newResolver(opts.Sessions, rd.Date, loc), conf: 0.9}
}

var reSubjectPrefix = mustRe(`^(?i:\s*(?:re|aw|wg|fw|fwd|antw|antwort)\s*(?:\[\d+\])?:\s*)+`)

// run fills rd: machine mail first, then the person's text.
func (a *analysis) run() {
	body := a.m.bodyText()
	a.parts = splitBody(body)
	a.parts.text = truncate(a.parts.text, maxAnalyzed)
	a.parts.quoted = truncate(a.parts.quoted, maxAnalyzed)
	a.parts.sig = truncate(a.parts.sig, maxAnalyzed)
	a.textLow = fold(a.parts.text)
	a.rd.Excerpt = excerpt(a.parts.text)
	a.subject = fold(truncate(reSubjectPrefix.ReplaceAllString(a.rd.Subject, ""), 500))
	a.rd.Lang = detectLang(a.parts.text+"\n"+a.parts.closing, a.rd.Subject)
	if reason := autoReason(a.m, a.rd, a.opts.OwnAddresses, body); reason != "" {
		a.rd.Intent, a.rd.AutoReason = IntentAuto, reason
		a.rd.Sessions = []string{}
		a.rd.Confidence = 0.95
		a.rd.Evidence = []string{reason}
		return
	}
	if a.m.broken {
		a.conf -= 0.4
		a.note("a body part could not be decoded")
	}
	a.quote = a.readQuote()
	a.readClauses()
	a.narrow()
	a.decide()
	a.judgeDoubt()
	a.rd.Confidence = clamp(a.conf)
	a.rd.Evidence = dedupe(a.evidence, 8)
}

func (a *analysis) note(s string) {
	if s = strings.TrimSpace(s); s != "" {
		a.evidence = append(a.evidence, s)
	}
}

// readClauses splits the new text, finds mentions and roles, and matches
// each clause against the sessions (a time alone refers to the day named
// before it).
func (a *analysis) readClauses() {
	a.infos = a.clausesOf(a.parts.text, 0)
	if a.namesDayOrTime() {
		return
	}
	// "siehe Betreff": the session may be named only in the subject.
	subj := truncate(reSubjectPrefix.ReplaceAllString(a.rd.Subject, ""), 500)
	if extra := a.clausesOf(subj, 1<<20); len(extra) > 0 {
		for _, ci := range extra {
			if ci.res.mentioned && !ci.ment.onlyMonth() {
				a.infos = append(extra, a.infos...)
				a.note("subject: " + subj)
				return
			}
		}
	}
}

// namesDayOrTime: some clause names more than a month.
func (a *analysis) namesDayOrTime() bool {
	for _, ci := range a.infos {
		if ci.res.mentioned && !ci.ment.onlyMonth() {
			return true
		}
	}
	return false
}

// clausesOf splits text into clauses and reads each one.
func (a *analysis) clausesOf(text string, sentBase int) []clauseInfo {
	var carry []int
	cl := splitClauses(text)
	if len(cl) > maxClauses {
		cl = cl[:maxClauses]
	}
	out := make([]clauseInfo, 0, len(cl)) // clauseInfo is large: no regrowth
	sents := sentenceTexts(cl, sentBase)
	own, sentMemos := newMemos(cl)
	prevSent, sub := -1, 0
	var sm *reMemo
	for i, c := range cl {
		if c.sentence != prevSent {
			prevSent, sub = c.sentence, 0
			sm, sentMemos = &sentMemos[0], sentMemos[1:]
		} else {
			sub++
		}
		ci := clauseInfo{clause: c, sub: sub, sentText: sents[c.sentence], lowMemo: &own[i], sentMemo: sm}
		a.classifyClause(&ci)
		text := oldStripped(&ci)
		m, used := readMentions(text, a.res.now.Year())
		ci.ment, ci.read = m, readMemo{low: text, used: used, times: len(m.times) > 0}
		if ci.oldText != "" {
			old := a.res.resolve(findMentions(bareHour(ci.oldText), 0), carry, &a.quote)
			ci.oldSet = old.set
			if len(old.dates) > 0 {
				carry = old.dates
			}
		}
		c := carry
		if ci.anyWord {
			c = nil // "einen Abendtermin, egal welchen": any day
		}
		ci.res = a.res.resolve(ci.ment, c, &a.quote)
		if len(ci.res.dates) > 0 && len(ci.ment.days) > 0 {
			carry = ci.res.dates
		}
		out = append(out, ci)
	}
	inheritRank(out)
	return out
}

// classifyClause sets the role flags of one clause.
func (a *analysis) classifyClause(ci *clauseInfo) {
	low := ci.low
	ci.reason = ci.sub > 0 && reReason.MatchString(low)
	ci.excl = reNegation.MatchString(reNegationExempt.ReplaceAllString(low, " ")) || reAllExcluded.MatchString(low)
	ci.old = reOldBooking.MatchString(low) && !reRegister.MatchString(strings.ReplaceAll(low, "angemeldet", ""))
	ci.target = ci.is(reChangeStrong) || ci.is(reChangeWeak) || ci.is(reChangeSep) || ci.is(reChangeWeakMore)
	ci.anyWord = reAny.MatchString(low)
	ci.regWord = ci.is(reRegister) || ci.is(reRegisterMore)
	ci.reason = ci.reason || (!ci.regWord && reNarrative.MatchString(low))
	ci.rank = 1
	if rePrefer.MatchString(low) {
		ci.rank = 0
	} else if reFallback.MatchString(low) {
		ci.rank = 2
	}
}

// reFromTo finds "vom 24. auf den 16." inside one clause: the first part is
// the old booking, the second the new wish.
var reFromTo = mustRe(`\b(?:vom|von|from|statt|anstatt|instead of|rather than)\b`)

// oldStripped returns the clause text without its "vom …" part and records
// that part's sessions as old.
func oldStripped(ci *clauseInfo) string {
	if !ci.target {
		return ci.low
	}
	loc := reFromTo.FindStringIndex(ci.low)
	if loc == nil {
		return splitAtTarget(ci)
	}
	rest := ci.low[loc[1]:]
	end := len(rest)
	for _, w := range []string{" auf ", " to ", " zu ", " zum ", " zur ", " nach ", " lieber ", " in den ", " in die ", " into ", ","} {
		if k := strings.Index(rest, w); k >= 0 && k < end {
			end = k
		}
	}
	ci.oldText = rest[:end]
	return ci.low[:loc[0]] + strings.Repeat(" ", loc[1]-loc[0]+end) + rest[end:]
}

// maxAnalyzed caps the text the wish rules read: a person's registration is
// a few lines, and the rules compare clauses with each other, so a
// megabyte of text must not cost seconds.
const maxAnalyzed = 8 << 10

// maxClauses caps the clauses read per text for the same reason.
const maxClauses = 200

// truncate cuts s to at most n bytes at a rune boundary.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !isRuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// excerpt is the text with its spaces collapsed, cut after 300 bytes. Only
// the words up to the cut are joined: the text may be 8 KiB long.
func excerpt(text string) string {
	var b strings.Builder
	b.Grow(min(len(text), 320))
	for w := range strings.FieldsSeq(text) {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w)
		if b.Len() > 300 {
			break
		}
	}
	s := b.String()
	if len(s) <= 300 {
		return s
	}
	cut := 300
	for cut > 0 && !isRuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }

func clamp(f float64) float64 {
	if f < 0.05 {
		return 0.05
	}
	if f > 0.99 {
		return 0.99
	}
	return f
}

func dedupe(a []string, max int) []string {
	out := []string{}
	seen := map[string]bool{}
	for _, s := range a {
		if !seen[s] && len(out) < max {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// reToward marks where a change clause names its new session: "… auf den
// Samstag verschieben", "move me to …".
var reToward = mustRe(`\s(?:auf|to|zum|zur|into|in den|in die)\s`)

// splitAtTarget: in "unsere Anmeldung (Donnerstag 18 Uhr) auf den Samstag
// verschieben" the part before "auf" is the old booking when both parts
// name a day or time.
func splitAtTarget(ci *clauseInfo) string {
	locs := reToward.FindAllStringIndex(ci.low, -1)
	if len(locs) == 0 {
		return ci.low
	}
	cut := locs[len(locs)-1][0]
	before, after := ci.low[:cut], ci.low[cut:]
	mb, ma := findMentions(before, 0), findMentions(after, 0)
	if mb.empty() || ma.empty() {
		return ci.low
	}
	ci.oldText = before
	return strings.Repeat(" ", len(before)) + after
}
