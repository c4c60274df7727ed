package parser

// readMemo keeps what readMentions found in the clause text it read, so
// the accounting (unreadCue) need not read the clause a second time.
type readMemo struct {
	low   string // the text read: ci.low unless a change's old part was cut off
	used  []bool // the bytes a mention pattern read
	times bool   // it names a time
}

// reMemo remembers the yes/no answers of patterns about one text. The
// clause classification and the intent signals ask the same patterns about
// the same clause, and the sentence checks ask about a sentence once per
// clause in it; each answer costs a regexp run, a look-up here a few
// pointer compares. The answers hold only for the text they were given:
// rules may cut a clause's text later, and then the memo starts afresh.
type reMemo struct {
	text string
	n    int
	re   [reMemoSize]*fastRe
	yes  [reMemoSize]bool
}

// reMemoSize is how many patterns one text's memo holds; further patterns
// are asked each time.
const reMemoSize = 16

// match is re.MatchString(text), answered from the memo when it can be.
func (m *reMemo) match(re *fastRe, text string) bool {
	if m == nil {
		return re.MatchString(text)
	}
	if m.text != text {
		m.text, m.n = text, 0
	}
	for i := 0; i < m.n; i++ {
		if m.re[i] == re {
			return m.yes[i]
		}
	}
	yes := re.MatchString(text)
	if m.n < reMemoSize {
		m.re[m.n], m.yes[m.n] = re, yes
		m.n++
	}
	return yes
}

// is asks re about the clause text (ci.low), through the clause's memo.
func (ci *clauseInfo) is(re *fastRe) bool { return ci.lowMemo.match(re, ci.low) }

// sentIs asks re about the clause's sentence (ci.sentText), through the
// memo the clauses of one sentence share.
func (ci *clauseInfo) sentIs(re *fastRe) bool { return ci.sentMemo.match(re, ci.sentText) }

// newMemos allocates in one piece the pattern memos of the clauses: one
// for each clause and one for each run of clauses of one sentence.
func newMemos(cl []clause) (own, sent []reMemo) {
	runs := 0
	for i := range cl {
		if i == 0 || cl[i].sentence != cl[i-1].sentence {
			runs++
		}
	}
	all := make([]reMemo, len(cl)+runs)
	return all[:len(cl)], all[len(cl):]
}
