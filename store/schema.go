package store

// schemaV1: the booking core.
//
// A waiting entry is a row of bookings with state 'waitlisted' and no
// session; its accepted sessions are rows of booking_choices in order of
// preference (rank 0 first), or accepts_any = 1 for "egal wann". Its place
// in line is its id: ids grow in commit order because every write holds
// the lock, so "first come, first served" needs no clock.
//
// Sessions are never deleted, only marked removed, so that old bookings
// and the audit log keep pointing at something.
const schemaV1 = `
CREATE TABLE sessions (
	id         TEXT PRIMARY KEY,
	title      TEXT NOT NULL DEFAULT '',
	start      TEXT NOT NULL,
	duration_s INTEGER NOT NULL DEFAULT 3600,
	location   TEXT NOT NULL DEFAULT '',
	capacity   INTEGER NOT NULL CHECK (capacity >= 1),
	closed     INTEGER NOT NULL DEFAULT 0,
	removed    INTEGER NOT NULL DEFAULT 0,
	created    TEXT NOT NULL,
	updated    TEXT NOT NULL
);

CREATE TABLE bookings (
	id          INTEGER PRIMARY KEY,
	session_id  TEXT REFERENCES sessions(id),
	name        TEXT NOT NULL DEFAULT '',
	email       TEXT NOT NULL DEFAULT '',
	phone       TEXT NOT NULL DEFAULT '',
	party       INTEGER NOT NULL CHECK (party >= 1),
	state       TEXT NOT NULL CHECK (state IN ('booked', 'waitlisted', 'cancelled')),
	source      TEXT NOT NULL CHECK (source IN ('mail', 'phone', 'review')),
	accepts_any INTEGER NOT NULL DEFAULT 0,
	message_id  TEXT NOT NULL DEFAULT '',
	created     TEXT NOT NULL,
	updated     TEXT NOT NULL,
	CHECK (state <> 'booked' OR session_id IS NOT NULL)
);
CREATE INDEX bookings_session ON bookings(session_id, state);
CREATE INDEX bookings_email ON bookings(email) WHERE email <> '';
CREATE INDEX bookings_waiting ON bookings(id) WHERE state = 'waitlisted';

CREATE TABLE booking_choices (
	booking_id INTEGER NOT NULL REFERENCES bookings(id) ON DELETE CASCADE,
	rank       INTEGER NOT NULL,
	session_id TEXT NOT NULL REFERENCES sessions(id),
	PRIMARY KEY (booking_id, rank)
);
CREATE INDEX booking_choices_session ON booking_choices(session_id);

CREATE TABLE audit (
	id         INTEGER PRIMARY KEY,
	at         TEXT NOT NULL,
	action     TEXT NOT NULL,
	booking_id INTEGER REFERENCES bookings(id) ON DELETE SET NULL,
	session_id TEXT NOT NULL DEFAULT '',
	from_session TEXT NOT NULL DEFAULT '',
	party      INTEGER NOT NULL DEFAULT 0,
	cause      TEXT NOT NULL,
	detail     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_at ON audit(at);
`

// schemaV2: the mail side. messages.msg_key is the Message-ID, or for a
// mail without one a hash of its headers (the caller computes it).
const schemaV2 = `
CREATE TABLE messages (
	id          INTEGER PRIMARY KEY,
	msg_key     TEXT NOT NULL UNIQUE,
	folder      TEXT NOT NULL DEFAULT '',
	uidvalidity INTEGER NOT NULL DEFAULT 0,
	uid         INTEGER NOT NULL DEFAULT 0,
	from_addr   TEXT NOT NULL DEFAULT '',
	subject     TEXT NOT NULL DEFAULT '',
	date        TEXT NOT NULL DEFAULT '',
	reading     TEXT NOT NULL DEFAULT '',
	outcome     TEXT NOT NULL DEFAULT '',
	status      TEXT NOT NULL CHECK (status IN ('done', 'held', 'resolved')),
	reason      TEXT NOT NULL DEFAULT '',
	excerpt     TEXT NOT NULL DEFAULT '',
	created     TEXT NOT NULL,
	updated     TEXT NOT NULL
);
CREATE INDEX messages_status ON messages(status);
CREATE INDEX messages_from ON messages(from_addr);

CREATE TABLE mailbox (
	folder      TEXT PRIMARY KEY,
	uidvalidity INTEGER NOT NULL,
	last_uid    INTEGER NOT NULL
);

CREATE TABLE outbox (
	id           INTEGER PRIMARY KEY,
	kind         TEXT NOT NULL,
	to_addr      TEXT NOT NULL,
	to_name      TEXT NOT NULL DEFAULT '',
	subject      TEXT NOT NULL,
	message_id   TEXT NOT NULL UNIQUE,
	in_reply_to  TEXT NOT NULL DEFAULT '',
	refs         TEXT NOT NULL DEFAULT '',
	text_body    TEXT NOT NULL,
	html_body    TEXT NOT NULL DEFAULT '',
	ics          TEXT NOT NULL DEFAULT '',
	booking_id   INTEGER REFERENCES bookings(id) ON DELETE SET NULL,
	offered      TEXT NOT NULL DEFAULT '',
	state        TEXT NOT NULL CHECK (state IN ('queued', 'sent', 'failed')),
	attempts     INTEGER NOT NULL DEFAULT 0,
	next_attempt TEXT NOT NULL,
	last_error   TEXT NOT NULL DEFAULT '',
	created      TEXT NOT NULL,
	sent_at      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX outbox_due ON outbox(next_attempt) WHERE state = 'queued';
CREATE INDEX outbox_to ON outbox(to_addr);
`

// schemaV3: reminders (one per booking and session) and small named state
// such as the time of the last digest.
const schemaV3 = `
CREATE TABLE reminders (
	booking_id INTEGER NOT NULL REFERENCES bookings(id) ON DELETE CASCADE,
	session_id TEXT NOT NULL REFERENCES sessions(id),
	sent_at    TEXT NOT NULL,
	PRIMARY KEY (booking_id, session_id)
);

CREATE TABLE state (
	key   TEXT PRIMARY KEY,
	value TEXT NOT NULL
);
`

// schemaV4: permanent send failures as events. failed_at is when the
// server refused the mail for good, so the digest lists each failure once
// (those after the last digest) instead of guessing from next_attempt;
// dismissed marks a failure the coordinator has settled (sent again to a
// corrected address, or let go). Failures recorded before this step get
// next_attempt, the time of their last try, which is the best there is.
const schemaV4 = `
ALTER TABLE outbox ADD COLUMN failed_at TEXT NOT NULL DEFAULT '';
ALTER TABLE outbox ADD COLUMN dismissed INTEGER NOT NULL DEFAULT 0;
UPDATE outbox SET failed_at = next_attempt WHERE state = 'failed';
CREATE INDEX outbox_failed ON outbox(failed_at) WHERE state = 'failed';
`

// schemaV5: a claim on an outbox mail while one process sends it. A
// sender sets lease_until before it talks to the SMTP server and clears
// it when it records the result; no other sender takes a mail whose lease
// has not run out, so two `poll` at once never send one mail twice. A
// sender that crashed mid-send leaves a lease that simply expires, and
// the mail is due again. (A lease column rather than a 'sending' state:
// SQLite cannot change the state column's CHECK without rebuilding the
// table, and a lease needs no clean-up after a crash.)
const schemaV5 = `
ALTER TABLE outbox ADD COLUMN lease_until TEXT NOT NULL DEFAULT '';
`
