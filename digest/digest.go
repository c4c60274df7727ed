// Package digest writes the coordinator's summary mail: how full each
// session is, what the bot did since the last digest (with the words of
// the mail it acted on, so a misreading is seen at a glance), what it
// could not decide ("Needs you", each with the command that resolves it),
// and a prominent line when the waiting list is long enough to warrant
// extra sessions.
//
// Build reads everything from one store snapshot; Render turns it into a
// German subject, text/plain body, self-contained HTML alternative (inline
// styles only, nothing fetched from outside) and the participant list as
// an Excel CSV attachment. SendNow does both and records the digest time
// only after the mail went out, so a failed send loses nothing: the next
// digest covers the longer period.
//
// The package sends through a function the caller passes in (SendFunc), so
// it does not depend on the mail worker and the daemon may call it.
package digest

import (
	"fmt"
	"time"

	"anmeldebot/booking"
	"anmeldebot/config"
	"anmeldebot/store"
)

// Digest is one summary, built at Now for the period after Since.
type Digest struct {
	Now   time.Time // in the office's zone
	Since time.Time // zero for the first digest ever
	To    string

	Sessions []Occupancy
	Events   []Event // since the last digest, oldest first
	Needs    []Need  // held mails and failed sends, oldest first
	Calls    []Call  // people without an address to phone, oldest first

	WaitingPlaces, WaitingParties int
	// HighDemand is set when the waiting places reach Threshold (> 0).
	HighDemand bool
	Threshold  int

	// Participants is the full list (booked, then waiting) for the CSV.
	Participants []booking.Participant
	sessionByID  map[string]store.Session
	loc          *time.Location
}

// Empty reports whether nothing happened and nothing waits for the
// coordinator; an empty digest is sent only with [digest].send_empty.
func (d Digest) Empty() bool { return len(d.Events) == 0 && d.NeedCount() == 0 }

// Occupancy is one session's line with its bar.
type Occupancy struct {
	ID       string
	When     string // "Sa 16.08.2025 18:00"
	Location string
	Capacity int
	Booked   int
	Free     int
	Waiting  int // places waiting that accept this session
	Percent  int // booked of capacity, 0..100, for the bar
	Closed   bool
	Past     bool // started or over
}

// Build collects a digest from one snapshot: tx should be a read
// transaction. since is the time of the last digest (zero: everything).
func Build(tx *store.Tx, cfg *config.Config, since, now time.Time) (Digest, error) {
	loc := cfg.Location
	if loc == nil {
		loc = time.Local
	}
	d := Digest{Now: now.In(loc), Since: since, To: cfg.Digest.To, Threshold: cfg.Digest.HighDemandThreshold, loc: loc}
	all, err := tx.Sessions(true)
	if err != nil {
		return Digest{}, fmt.Errorf("building digest: %w", err)
	}
	d.sessionByID = sessionsByID(all)
	steps := []func(*store.Tx) error{d.readOccupancy, d.readEvents, d.readNeeds, d.readCalls, d.readParticipants}
	for _, step := range steps {
		if err := step(tx); err != nil {
			return Digest{}, fmt.Errorf("building digest: %w", err)
		}
	}
	return d, nil
}

// BuildFrom is Build with the time of the last digest read from the store.
func BuildFrom(tx *store.Tx, cfg *config.Config, now time.Time) (Digest, error) {
	since, err := tx.LastDigest()
	if err != nil {
		return Digest{}, err
	}
	return Build(tx, cfg, since, now)
}

func (d *Digest) readOccupancy(tx *store.Tx) error {
	loads, err := tx.Occupancy()
	if err != nil {
		return err
	}
	for _, l := range loads {
		s := l.Session
		pct := 0
		if s.Capacity > 0 {
			pct = min(100, l.Booked*100/s.Capacity)
		}
		d.Sessions = append(d.Sessions, Occupancy{ID: s.ID, When: d.when(s.ID), Location: s.Location,
			Capacity: s.Capacity, Booked: l.Booked, Free: l.Free, Waiting: l.Waiting, Percent: pct,
			Closed: s.Closed, Past: !d.Now.Before(s.Start)})
	}
	d.WaitingPlaces, d.WaitingParties, err = tx.WaitingTotal()
	if err != nil {
		return err
	}
	d.HighDemand = d.Threshold > 0 && d.WaitingPlaces >= d.Threshold
	return nil
}

func (d *Digest) readParticipants(tx *store.Tx) error {
	var err error
	d.Participants, err = booking.Participants(tx, store.BookingFilter{})
	return err
}

// when names a session the way the coordinator reads it: "Sa 16.08.2025
// 18:00", or its id when the store does not know it.
func (d *Digest) when(id string) string {
	s, ok := d.sessionByID[id]
	if !ok {
		return id
	}
	return shortTime(s.Start.In(d.loc))
}

// shortTime is "Sa 16.08.2025 18:00".
func shortTime(t time.Time) string {
	day := [...]string{"So", "Mo", "Di", "Mi", "Do", "Fr", "Sa"}[t.Weekday()]
	return day + " " + t.Format("02.01.2006 15:04")
}
