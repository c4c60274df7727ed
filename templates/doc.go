// Package templates writes the replies anmeldebot sends to people: one
// subject line, a text/plain body, an HTML alternative and, for a
// confirmed place, an iCalendar attachment. It builds no MIME message and
// sends nothing; mailbot does that.
//
// # Files
//
// The defaults are embedded from files/, one folder per language:
//
//	files/de/_common.txt        shared text blocks: title, greeting, details, list, cancel, signature
//	files/de/_common.html       shared HTML blocks: title, head, details, list, cancel, foot
//	files/de/<kind>.subject.txt subject (text/template; parsed with _common.txt)
//	files/de/<kind>.txt         text body (text/template; parsed with _common.txt)
//	files/de/<kind>.html        HTML body (html/template; parsed with _common.html)
//
// and the same under files/en/. <kind> is a Kind value (booked,
// waitlisted, …). A kind's file is parsed after the shared file, so it may
// redefine a block for itself.
//
// # Overrides
//
// Load(dir) reads the same layout from dir: a file there (dir/de/booked.txt)
// replaces the default of that name; every other file keeps its default. A
// .txt or .html file in dir whose name has no default is refused, so a typo
// does not silently leave the default in place. Load parses every kind ×
// language and renders each once with a full and a sparse sample, so a
// template that would fail later fails at start, with an error that names
// the file. All problems are reported together.
//
// # Language
//
// Data.Lang "en" (or "en-GB", "EN", …) renders English; anything else
// German, the office's language. Dates use the package's own German names
// (Go formats only English): "Samstag, 16. August 2025, 18:00 Uhr",
// "Saturday, 16 August 2025, 6:00 pm". Times are shown in the zone they
// carry: pass session times in Europe/Berlin, not UTC. Every reply about a
// session states it in full, so a misreading is seen by the person at once.
//
// # Safety
//
// Subjects are flattened to one line after rendering (control characters
// and line separators become spaces), so nothing from a person's mail (a
// name, their subject) can add a header; mailbot still encodes the header.
// Names in greetings pass the same filter. HTML bodies are html/template
// and so escape every value; the defaults use inline styles only and load
// nothing from outside (no images, links, scripts or style sheets).
// Render refuses a reply about a session without one (a confirmation
// with no date) and a change without the session left.
//
// # Subjects
//
// Replies answer in the person's thread: "Re: <their subject>" (earlier
// "Re:"/"AW:" prefixes dropped), or a subject naming the session when
// their mail had none. Offers and reminders start a new mail and always
// carry their own subject ("Erinnerung: … am Samstag, 16. August 2025,
// 18:00 Uhr"), so they stand out in the inbox.
//
// # Calendar
//
// ICS writes METHOD:PUBLISH with one VEVENT in UTC times (exact in every
// calendar, no VTIMEZONE needed) and a DISPLAY alarm one day before. Render
// attaches it to booked, changed and movedup, with UID Data.UID or
// "session-<ID>@<office domain>" and DTSTAMP Data.Now (zero: now).
package templates
