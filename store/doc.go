// Package store keeps anmeldebot's state in one SQLite file.
//
// Contract:
//   - Open applies the embedded, versioned migrations (an ordered list, each
//     in its own transaction together with PRAGMA user_version) before it
//     returns, so a binary never works on a schema it does not know; a file
//     written by a newer binary is refused.
//   - The file is in WAL mode with a busy timeout and foreign keys on.
//   - Every business step is one transaction: DB.Write runs a function in a
//     transaction that takes SQLite's write lock at BEGIN (BEGIN IMMEDIATE).
//     Two processes can therefore never both read "one place left" and both
//     book it: the second one waits until the first has committed and then
//     reads the new count. DB.Read runs in a deferred, read-only transaction
//     and sees one consistent snapshot without blocking writers.
//   - All SQL lives in this package, as constants next to the Tx method that
//     runs it. The booking rules (package booking) sit on top and never open
//     transactions of their own, so a caller such as the mail worker can put
//     "record the message, apply the booking, queue the replies" into one
//     Write.
//
// Times are stored as fixed-width UTC text (sortable, readable in the
// sqlite3 shell); e-mail addresses are stored lower-cased.
//
// What the store does not do: decide anything. Whether a party fits, who
// moves up, what counts as "the same person" is package booking's job.
package store
