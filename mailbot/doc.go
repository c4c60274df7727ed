// Package mailbot is the mail worker: it reads the registration mailbox
// over IMAP, decides what each mail asks for, and answers over SMTP.
//
// The plumbing promises:
//   - Dial logs in with TLS or STARTTLS (clear text only to loopback);
//     FetchNew hands over only messages whose UID is above the last one
//     handled, streaming each body so that a 25 MB attachment is never
//     held in memory, and reports UIDVALIDITY so the caller can notice a
//     renumbered folder; File flags a message \Seen and moves it, never
//     expunging anything else.
//   - Send delivers one reply per SMTP session with its own Message-ID,
//     In-Reply-To, References and Auto-Submitted; its *SendError says
//     whether retrying can help (5xx to the message: permanent; anything
//     else: temporary).
//   - CheckIMAP and CheckSMTP log in and name the failed stage (DNS,
//     connect, TLS, login, folder), for `anmeldebot check`.
//
// It does not parse mail (package parser) nor keep state (package store).
package mailbot
