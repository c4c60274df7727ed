package mailbot

import (
	"bytes"
	"path/filepath"
	"testing"
	"time"

	"anmeldebot/store"
)

// TestOutgoingAutoSubmitted: the bot's answers are auto-replied, the mails
// it starts itself auto-generated, and the coordinator's own reply carries
// no Auto-Submitted at all (RFC 3834: a human wrote it).
func TestOutgoingAutoSubmitted(t *testing.T) {
	tests := []struct {
		kind, inReplyTo, want string
	}{
		{"booked", "<req@mail.example>", "auto-replied"},
		{"movedup", "<req@mail.example>", "auto-generated"},
		{"reminder", "", "auto-generated"},
		{KindHumanReply, "<req@mail.example>", ""},
		{KindHumanReply, "", ""},
	}
	for _, tt := range tests {
		got := outgoing(store.Mail{Kind: tt.kind, To: "erika@beispiel.example", InReplyTo: tt.inReplyTo}).AutoSubmitted
		if got != tt.want {
			t.Errorf("outgoing(kind %s, In-Reply-To %q).AutoSubmitted = %q, want %q", tt.kind, tt.inReplyTo, got, tt.want)
		}
	}
}

// TestSendCoordinatorReply: a reply queued by `review ID --reply FILE`
// reaches the SMTP server in the thread, without an Auto-Submitted header.
func TestSendCoordinatorReply(t *testing.T) {
	db := openStore(t, filepath.Join(t.TempDir(), "anmeldebot.db"))
	now := time.Date(2025, 7, 10, 9, 0, 0, 0, time.UTC)
	err := db.Write(t.Context(), func(tx *store.Tx) error {
		_, err := tx.Enqueue(store.Mail{Kind: KindHumanReply, To: "erika@beispiel.example", Subject: "Re: Frage",
			MessageID: "<reply-1@kaiserslautern.example>", InReplyTo: "<q1@beispiel.example>",
			References: "<q1@beispiel.example>", Text: "Ja, Parkplätze gibt es am Rathaus.\n"}, now)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	sink := startSMTPSink(t, false)
	s, err := NewSender(sink.config("starttls"), testLog(t))
	if err != nil {
		t.Fatal(err)
	}
	if rep, err := SendOutbox(t.Context(), db, s, func() time.Time { return now }, testLog(t)); err != nil || rep.Sent != 1 {
		t.Fatalf("SendOutbox = %+v, %v", rep, err)
	}
	got := sink.mails()
	if len(got) != 1 {
		t.Fatalf("sink received %d mails, want 1", len(got))
	}
	if data := got[0].Data; bytes.Contains(bytes.ToLower(data), []byte("auto-submitted")) ||
		!bytes.Contains(data, []byte("In-Reply-To: <q1@beispiel.example>")) {
		t.Errorf("coordinator's reply as sent:\n%s\nwant In-Reply-To and no Auto-Submitted", data)
	}
}
