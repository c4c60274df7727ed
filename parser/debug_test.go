package parser

import (
	"os"
	"testing"
)

// TestDebugDump prints the clauses of the mails named in PARSER_DEBUG
// (a development aid; it does nothing otherwise).
func TestDebugDump(t *testing.T) {
	files := os.Getenv("PARSER_DEBUG")
	if files == "" {
		t.Skip("set PARSER_DEBUG=path.eml to dump")
	}
	opts := seedOptions(t)
	for _, fn := range splitList(files) {
		f, err := os.Open(fn)
		if err != nil {
			t.Fatal(err)
		}
		m, err := readMail(f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		rd := &Reading{}
		m.fillHeaderFacts(rd, opts.Location)
		a := newAnalysis(m, rd, opts, opts.Location)
		a.run()
		t.Logf("== %s text=%q\n sig=%q closing=%q quote=%+v", fn, a.parts.text, a.parts.sig, a.parts.closing, a.quote)
		for _, ci := range a.infos {
			t.Logf("  [%d.%d q=%v] %q excl=%v old=%v target=%v reason=%v rank=%d reg=%v any=%v days=%+v times=%+v set=%v dates=%v",
				ci.sentence, ci.sub, ci.question, ci.text, ci.excl, ci.old, ci.target, ci.reason, ci.rank, ci.regWord, ci.anyWord, ci.ment.days, ci.ment.times, ci.res.set, ci.res.dates)
		}
		t.Logf("  => %+v", a.rd.Label(fn, opts))
	}
}

func splitList(s string) []string {
	var out []string
	start := 0
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ',' {
			if i > start {
				out = append(out, s[start:i])
			}
			start = i + 1
		}
	}
	return out
}
