package parser

import "time"

// Label is the reading in the corpus label format, for `anmeldebot parse`.
type Label struct {
	File        string   `json:"file"`
	Intent      string   `json:"intent"`
	Sessions    []string `json:"sessions"` // "2025-07-24T13:00" local start times, never null
	Any         bool     `json:"any"`
	PartySize   int      `json:"party_size"`
	HasQuestion bool     `json:"has_question"`
	Lang        string   `json:"lang"`
	Name        string   `json:"name"`
	Confidence  float64  `json:"confidence"`
	Evidence    []string `json:"evidence"`
}

// Label converts the reading; session IDs become local start times via
// opts.Sessions (an ID not configured is left as it is).
func (r *Reading) Label(file string, opts Options) Label {
	loc := opts.Location
	if loc == nil {
		loc = timeLocal()
	}
	starts := make(map[string]string, len(opts.Sessions))
	for _, s := range opts.Sessions {
		starts[s.ID] = s.Start.In(loc).Format("2006-01-02T15:04")
	}
	l := Label{File: file, Intent: string(r.Intent), Sessions: []string{}, Any: r.Any,
		PartySize: r.PartySize, HasQuestion: r.HasQuestion, Lang: r.Lang, Name: r.Name,
		Confidence: r.Confidence, Evidence: r.Evidence}
	for _, id := range r.Sessions {
		if st, ok := starts[id]; ok {
			l.Sessions = append(l.Sessions, st)
		} else {
			l.Sessions = append(l.Sessions, id)
		}
	}
	if l.Evidence == nil {
		l.Evidence = []string{}
	}
	return l
}

func timeLocal() *time.Location { return time.Local }
