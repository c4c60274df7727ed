// Package booking holds the workshop's booking rules on top of package
// store.
//
// Every rule is a function that takes a *store.Tx and the time to act at
// (now; never the wall clock, so `--now` rehearsals and tests work). None
// opens a transaction: the caller puts one business step into one
// store.DB.Write, together with whatever else belongs to it (the mail
// worker: record the message, apply the rule, queue the replies). Because
// the store's write transactions take the write lock at BEGIN, the counts a
// rule reads cannot change before it commits; that is what keeps any number
// of processes from overbooking.
//
// The rules (issue 2), and the choices made where the issue is silent:
//
//   - A party of N takes N places; it fits when booked + N <= capacity.
//   - A session takes bookings and move-ups only while it is bookable: in
//     the configuration, not closed, not started (now < start).
//   - A request names sessions in order of preference and/or "any". The
//     party is booked into the first that has room. When none has, it gets
//     ONE place in ONE waiting line, with every bookable session it named
//     (and "any"); the outcome lists the bookable sessions that have room for
//     the party, for the reply to offer. A party larger than every accepted
//     session's capacity is not put in line (KindTooLarge): it could never
//     move up.
//   - Moving up: whenever places free (cancel, change, capacity raised,
//     session added or reopened), the line is walked once in order; each
//     entry goes into the first session of its own preference order that is
//     bookable and has room for the whole party. An entry that does not fit
//     anywhere is skipped and smaller parties behind it may move up (a big
//     party does not block the line; it keeps its place and is first in
//     line for the next places that are enough). Every move is in the
//     outcome and in the audit log.
//   - The waiting position reported is 1 + the entries ahead in line that
//     compete for at least one of the same sessions (an entry accepting
//     "any" competes with everyone). It is a fair guide, not a promise.
//   - One address, one person, one place: a request from an address that
//     already has an active entry for the same person is "already" when
//     that person holds one of the requested sessions, otherwise a change.
//     A change into a full session keeps the old booking (KindFull, with the
//     open sessions). A waiting person asking again is booked if a requested
//     session has room, else their accepted sessions are replaced and they
//     keep their place in line.
//   - "The same person": names compared case-insensitively, word by word,
//     where one name may be a shorter form of the other ("Erika" and "Erika
//     Beispiel" match; "Hans Beispiel" and "Erika Beispiel" do not; neither
//     do "Beispiel" and "Erika Beispiel", since family members share a
//     surname). An empty name matches anyone; so a mail's cancel or change
//     first asks PersonFor which of an address's people it means, and
//     touches nothing when the mail does not say. Without an e-mail address, a
//     phone booking is matched by phone number.
//   - "Already" ignores a different party size: changing the party is an
//     explicit Change (Party field), which checks capacity.
//   - Lowering a capacity below the booked places bumps nobody; the
//     session just takes no booking until it has room again.
//   - Cancelling by address and session also cancels that address's waiting
//     entries that accept the session; without a session, all its entries.
package booking
