package templates

import "time"

// Kind names one reply a person can get. The string value is also the
// file name stem of its templates (files/de/booked.txt, …).
type Kind string

// The replies the bot sends. Their meaning is fixed by the booking rules;
// only the wording lives in the template files.
const (
	KindBooked     Kind = "booked"     // a place is booked
	KindWaitlisted Kind = "waitlisted" // the session is full; the party is on the waiting list
	KindAlready    Kind = "already"    // the address already holds this booking
	KindCancelled  Kind = "cancelled"  // a booking was cancelled
	KindChanged    Kind = "changed"    // a booking moved from Data.Old to Data.Session
	KindMovedUp    Kind = "movedup"    // moved up from the waiting list into Data.Session
	KindWhich      Kind = "which"      // no or an impossible session was named: ask which one
	KindReceived   Kind = "received"   // anything else: the coordinator will answer
	KindOffer      Kind = "offer"      // a new session has room; reply "ja" to take it
	KindReminder   Kind = "reminder"   // shortly before the session
	KindNotFound   Kind = "notfound"   // cancel/change, but no booking for this address
)

// Kinds lists every kind, in a fixed order, so Load can check each one.
var Kinds = []Kind{
	KindBooked, KindWaitlisted, KindAlready, KindCancelled, KindChanged,
	KindMovedUp, KindWhich, KindReceived, KindOffer, KindReminder, KindNotFound,
}

// Langs lists the languages that have their own templates; the first is
// the fallback for anything else.
var Langs = []string{"de", "en"}

// SessionInfo is one workshop date as a reply shows it. Start and End are
// shown in the location they carry, so callers pass them in the office's
// zone (Europe/Berlin), not in UTC.
type SessionInfo struct {
	ID, Title, Location string
	Start, End          time.Time
	Free                int // places still free
}

// Office is the sender block under every reply.
type Office struct {
	Name, Address, Phone string
}

// Data is everything a template may show. Fields a kind does not use may
// be left empty.
type Data struct {
	Lang        string        // "de" or "en" (also "en-GB" etc.); anything else renders German
	Name        string        // may be empty: then a neutral greeting
	Session     SessionInfo   // the resolved session (booked, changed, movedup, cancelled, reminder, offer, already)
	Old         *SessionInfo  // for changed: the session left
	PartySize   int           // below 1 counts as 1
	Position    int           // waiting-list position (1 = next)
	Open        []SessionInfo // sessions that still have room (waitlisted, which, notfound)
	Sessions    []SessionInfo // waitlisted: the sessions the person waits for
	OrigSubject string        // subject of the person's mail (for "Re: …"); may be empty
	// Chosen (booked): the mail accepted several sessions ("den 16.
	// August", two times that day) and the bot booked the first with
	// room. The reply says so, so the person sees a choice was made for
	// them and can ask for another date.
	Chosen bool
	Office Office // the sender block

	// UID and Now feed the .ics attachment (booked, changed, movedup).
	// An empty UID becomes "<session ID>@<office mail domain>", so a later
	// mail about the same session updates the same calendar entry; a zero
	// Now becomes time.Now() (tests set it for stable output).
	UID string
	Now time.Time
}

// Mail is one rendered reply. ICS is non-nil for booked, changed and
// movedup and meant as a text/calendar attachment (invite.ics).
type Mail struct {
	Subject, Text, HTML string
	ICS                 []byte
}

// hasICS reports whether a kind confirms a place and so carries a calendar
// entry.
func hasICS(k Kind) bool {
	return k == KindBooked || k == KindChanged || k == KindMovedUp
}

// needsSession reports whether a reply is about one resolved session; such
// a reply without a session would confirm nothing, so Render refuses it.
func needsSession(k Kind) bool {
	switch k {
	case KindWhich, KindReceived, KindNotFound, KindWaitlisted:
		return false
	}
	return true
}
