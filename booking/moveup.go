package booking

import (
	"fmt"
	"slices"
	"time"

	"anmeldebot/store"
)

// MoveUp walks the waiting line once, in order, and books every entry that
// now fits into the first session of its own preference order with room
// (see the package doc: a party that does not fit is skipped, not a
// blocker). The rules call it after every step that frees or adds places;
// it is exported for callers that change the store otherwise (e.g. a
// session reopened by hand). cause goes into the audit log.
func MoveUp(tx *store.Tx, now time.Time, cause string) ([]Move, error) {
	v, err := loadView(tx, now)
	if err != nil {
		return nil, fmt.Errorf("moving up the waiting line: %w", err)
	}
	return moveUp(tx, v, cause)
}

func moveUp(tx *store.Tx, v *view, cause string) ([]Move, error) {
	line, err := tx.WaitingLine()
	if err != nil {
		return nil, err
	}
	var moves []Move
	for _, w := range line {
		id, ok := v.firstFit(v.preference(w.Accepts, w.AcceptsAny), w.Party)
		if !ok {
			continue
		}
		if err := place(tx, v, &w, id, store.ActionMovedUp, cause); err != nil {
			return nil, fmt.Errorf("moving up the waiting line: %w", err)
		}
		moves = append(moves, Move{Booking: w, Session: v.byID[id]})
	}
	return moves, nil
}

// position is 1 + the waiting entries ahead of b that compete with it for
// at least one session.
func position(tx *store.Tx, b store.Booking) (int, error) {
	line, err := tx.WaitingLine()
	if err != nil {
		return 0, err
	}
	pos := 1
	for _, w := range line {
		if w.ID == b.ID {
			return pos, nil
		}
		if compete(w, b) {
			pos++
		}
	}
	return 0, fmt.Errorf("booking %d is not in the waiting line", b.ID)
}

func compete(a, b store.Booking) bool {
	if a.AcceptsAny || b.AcceptsAny {
		return true
	}
	return slices.ContainsFunc(a.Accepts, func(id string) bool { return slices.Contains(b.Accepts, id) })
}
