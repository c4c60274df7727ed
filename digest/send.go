package digest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net/mail"
	"strings"
	"time"

	"anmeldebot/config"
	"anmeldebot/store"
)

// SendFunc delivers one rendered digest. The caller adapts its mail
// sender (mailbot's SMTP sender) to it, so this package needs no mail
// code and the daemon may import it.
type SendFunc func(ctx context.Context, m Mail) error

// SendNow builds the digest for the period since the last one, sends it to
// [digest].to and only then records now as the time of the last digest,
// so a failed send loses nothing. A period with no events and nothing for
// the coordinator is sent only when [digest].send_empty is on (default);
// otherwise nothing is sent or recorded and sent is false.
func SendNow(ctx context.Context, db *store.DB, cfg *config.Config, send SendFunc, log *slog.Logger, now time.Time) (sent bool, err error) {
	if cfg.Digest.To == "" {
		return false, errors.New("sending digest: [digest].to is not set")
	}
	var d Digest
	err = db.Read(ctx, func(tx *store.Tx) error {
		d, err = BuildFrom(tx, cfg, now)
		return err
	})
	if err != nil {
		return false, err
	}
	if d.Empty() && !cfg.SendEmptyDigest() {
		log.Info("digest skipped: nothing happened", "since", d.Since)
		return false, nil
	}
	m, err := Render(d)
	if err != nil {
		return false, err
	}
	m.MessageID = messageID(cfg.SMTP.From)
	if err := send(ctx, m); err != nil {
		return false, fmt.Errorf("sending digest to %s: %w", cfg.Digest.To, err)
	}
	err = db.Write(ctx, func(tx *store.Tx) error { return tx.SetLastDigest(now) })
	if err != nil {
		// Sent but not recorded: the next digest repeats this period,
		// which is better than losing one.
		return true, fmt.Errorf("digest sent, but recording its time failed: %w", err)
	}
	log.Info("digest sent", "to", cfg.Digest.To, "events", len(d.Events), "needs", len(d.Needs),
		"waiting_places", d.WaitingPlaces, "high_demand", d.HighDemand)
	return true, nil
}

// messageID makes digest-<random>@<domain of [smtp].from>.
func messageID(from string) string {
	b := make([]byte, 12)
	rand.Read(b) // never fails (crypto/rand)
	domain := "anmeldebot.invalid"
	if a, err := mail.ParseAddress(from); err == nil {
		if _, d, ok := strings.Cut(a.Address, "@"); ok && d != "" {
			domain = strings.ToLower(d)
		}
	}
	return "digest-" + hex.EncodeToString(b) + "@" + domain
}
