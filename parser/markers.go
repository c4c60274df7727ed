package parser

// Word lists that decide intents and roles, matched on lower-cased clauses.
// They are kept here together so the rules can be read in one place.
var (
	reRegister  = mustRe(`\b(?:anmelden|anmeldung|anzumelden|melde (?:mich|uns|ich|hiermit)|melde[nt]? (?:(?:ich|wir|hiermit|gerne|heute|auch|noch|zusätzlich|außerdem|ebenfalls) )*(?:meine[nmr]?|unsere[nmr]?) .{0,80}?\ban\b|melden (?:uns|wir|mich|sich)|meldet sich|melden sie (?:mich|uns)|nehme[n]? .{0,50}?\bteil\b|teilnehmen|teilzunehmen|dabei sein|dabei wäre|(?:hätte|habe|hätten|haben|hab) (?:\S+ ){0,2}interesse an|interested in (?:attending|joining|taking part|coming|participating)|wäre? (?:ich|wir) (?:\S+ ){0,2}dabei|wären (?:wir )?(?:\S+ )?dabei|bin (?:\S+ )?dabei|sind (?:\S+ )?dabei|mitmachen|mitzumachen|kommen|komme|komm ich|ich komm|dazukommen|dazustoßen|vorbeikommen|eintragen|einzutragen|tragen sie (?:mich|uns)|tragt (?:mich|uns)|nehme (?:ich )?(?:den|die|das)|nehmen (?:wir )?(?:den|die|das)|buchen|reservieren|platz für (?:mich|uns)|(?:hätte|hätten|möchte|möchten|would like|'d like|want|need) (?:\S+ ){0,2}(?:einen|zwei|drei|vier|a|two|three|four|\d) (?:platz|plätze|place|places|spot|spots|seat|seats)|register|registration|sign (?:me |us )?up|signing up|take part|join|attend|participate|book (?:me |us |myself |ourselves )?in|book (?:me|us|a place|a spot|places|a seat|two)|reserve|count me in|put (?:me|us) down|save (?:me|us) a (?:place|spot|seat)|come|coming|anm(?:le|el)dung|anmedlung)\b`)
	reAffirm    = mustRe(`^(?:ja|jawohl|yes|yep|gerne|gern|sehr gerne|okay|ok|einverstanden|passt|sure|sounds good|perfekt|prima|super)\b`)
	reTentative = mustRe(`\b(?:überlege|überlegen|thinking (?:about|of)|considering|not sure (?:if|whether)|noch unsicher|wenn ja|falls ja|wenn (?:das|es) (?:geht|möglich ist|klappt|passt)|falls (?:das|es) (?:geht|möglich ist|klappt|passt)|if so|if yes|if (?:it'?s|that'?s|it is|that is) (?:only|possible|ok|okay|fine)|if (?:this|that) works|before i (?:register|sign up|book|decide)|decide whether|bevor (?:ich|wir) (?:mich |uns )?(?:anmelde|anmelden|entscheide|entscheiden|buche|buchen|festlege|festlegen)|before (?:we|i) (?:commit|sign up|register|book|decide)|je nachdem|depending on (?:the answer|that|this)|(?:wenn|falls) (?:das|es|dies) kein problem ist|if (?:that|it|this)(?:'s| is) not a problem)\b`)

	reCancel     = mustRe(`\b(?:abmelden|abmeldung|abzumelden|melde[nt]? (?:ich |wir )?(?:mich|uns|ihn|sie) .{0,60}?\bab\b|absagen|absage|abzusagen|sage .{0,50}?\bab\b|storn\w*|zurückziehen|zurückzuziehen|ziehe .{0,50}?zurück|streichen|austragen|auszutragen|trage[n]? sie .{0,40}?\baus\b|von der \w*liste|off the (?:\w+ )?list|pl(?:a|ae)tze? .{0,20}?weiter\w*|geben sie .{0,40}?\bweiter\b|cancel\w*|withdraw\w*|can no longer (?:come|attend|make it)|won't be able to (?:come|make it|attend)|will not be able to (?:come|make it|attend)|unable to (?:come|attend|make it)|take me off|remove me|bail(?:ing)? on|(?:gotta|have to|need to|must) bail|drop(?:ping)? out|back(?:ing)? out|nehm\w* (?:sie )?(?:mich|uns) (?:\S+ ){0,4}?(?:runter|herunter|raus|heraus)|nicht mehr teilnehmen|lösch\w* (?:sie )?(?:bitte )?(?:meine|unsere|die|mich|uns)\b|(?:anmeldung|registrierung|mich|uns) (?:bitte )?(?:löschen|entfernen)|delete (?:my|our|me|us)\b)\b`)
	reWeakCancel = mustRe(`\b(?:nicht (?:zur werkstatt |zum termin |dabei |zu der werkstatt )?kommen|nicht teilnehmen|nicht dabei sein|can't (?:come|attend|make it)|cannot (?:come|attend|make it)|won't make it|not be able to (?:come|attend|make it))\b`)

	reChangeStrong = mustRe(`\b(?:umbuch\w*|swap (?:me |us )?(?:to|over to|for)|swap (?:my|our)|umzubuchen|umgebucht|change to|switch to|move to|umsteigen|umtragen|umzutragen|umplanen|verschieben|verschiebung|verlegen|verlegung|(?:move|switch|transfer) (?:me|us|my|our|(?:the )?(?:two|three|four|both|all) of us|both)|(?:move|switch|change) from|switch (?:me|us|my|our)|reschedule|change (?:my|our) (?:booking|registration|session|slot|date|time|place|reservation)|transfer (?:me|us|my|our))\b`)
	reChangeWeak   = mustRe(`\b(?:stattdessen|statt dessen|anstatt|anstelle|statt (?:am|dem|des|um|den|der|the)|instead|wechseln|tauschen|lieber|ändern|änderung|switch|change)\b`)
	reOldBooking   = mustRe(`\b(?:angemeldet|eingetragen|gebucht|registered|booked|signed up|reserviert|warteliste|waiting list)\b`)

	reNegation       = mustRe(`\b(?:verplant|keine zeit|schon etwas vor\b|schon was vor\b|etwas vor\b|busy|unavailable|not available|ungern|urlaub|verreist|dienstreise|vacation|holiday|away\b|nicht|net|ned|nit|kein|keine|keinen|keinem|weder|nie|verhindert|verpasst|can't|cannot|can not|won't|not|unable|don't|doesn't|missed|no longer|neither|nor|klappt es nicht|geht nicht|schaffe ich nicht|außer|ausser|ausgenommen|except|excluding|apart from|other than)\b`)
	reNegationExempt = mustRe(`\bnicht (?:mehr )?(?:schon )?(?:voll|ausgebucht|belegt|zu spät)|\bnot (?:yet )?full|\bnicht nur\b|\bnot only\b|\bwenn nicht\b|\bif not\b|\bfalls nicht\b|\bob nicht\b|\bnicht sicher\b|\bnot sure\b|\bnicht vergessen\b|\bkein problem\b|\bno problem\b|\b(?:doesn't|does not|don't|do not) (?:really )?(?:matter|mind)\b|\bno matter\b|\bnicht (?:so )?wichtig\b|\bmacht (?:mir |uns )?nichts\b|\bzur not\b|\b(?:außer|ausser) (?:mir|uns|meine\w*|unsere\w*)|\b(?:apart from|other than|except) (?:me|us|my|our)\b`)
	// reExcept rules out the named day but keeps the wish of its clause
	// ("Ich melde mich an, jeder Termin außer Donnerstag passt").
	reExcept      = mustRe(`\b(?:außer|ausser|ausgenommen|except|excluding|apart from|other than)\b`)
	reAllExcluded = mustRe(`\b(?:keine[mn]? der (?:termine|werkstätten|sessions)|an keinem (?:der )?termin|none of the (?:dates|sessions|times))\b`)
	reAnyOfThe    = mustRe(`\bany of the (?:dates|sessions|times|days|slots|workshops)\b`)

	rePrefer   = mustRe(`\b(?:am liebsten|best for me|would be best|works best|am besten passt|lieber|bevorzugt|vorzugsweise|idealerweise|am besten|wenn möglich|erste wahl|erstwunsch|preferably|ideally|first choice|prefer|would rather|if possible)\b`)
	reFallback = mustRe(`\b(?:sonst|ansonsten|notfalls|alternativ|zur not|ginge auch|geht auch|auch|otherwise|alternatively|as well|also|too|second choice|zweite wahl|if (?:that|it|this) (?:one )?is full|falls (?:der|dieser|das) .{0,20}voll)\b`)
	reReason   = mustRe(`^(?:da|weil|denn|because|since|as)\b`)

	reAny       = mustRe(`\b(?:egal|ist mir gleich|ist uns gleich|beliebig|flexibel|jeder termin|jeden termin|jedem termin|(?:mir|uns) ist (?:das|es) gleich|alle (?:vier |vier )?termine|allen (?:vier )?terminen|an allen|any (?:date|session|time|day|slot|of them|one)|any of the (?:dates|sessions|times|days|slots|workshops)|whichever|doesn't matter|does not matter|don't mind|do not mind|either (?:date|session|one|is fine)|all (?:dates|sessions|times) (?:work|are fine)|i'm flexible|i am flexible|we're flexible|hauptsache)\b`)
	reAnyScoped = mustRe(`\b(?:uhrzeit\b|zeit\b|time\b|welche[rs]? der beiden|which of the two|ob \d)`)

	reThanks = mustRe(`\b(?:vielen dank für die|danke für die|thank you for the|thanks for the|war toll|war super|hat mir gefallen|great workshop)\b`)

	reWorkshop = mustRe(`\b(?:anm(?:le|el)dung|werkstatt|workshops?|termine?|veranstaltung|ehrenamt\w*|sessions?|teilnahme|teilnehmen|teilzunehmen|anmeld\w*|mitmachen|engagement\w*|volunteer\w*|rathaus|c409)\b`)

	reRoutineQ       = mustRe(`\b(?:noch (?:ein )?(?:platz|plätze|was|etwas) frei|noch platz|noch plätze|gibt es noch (?:freie )?plätze|still (?:room|places|spots|space|available|open|free)|any (?:places|spots|room|space) left|is there (?:still )?(?:room|space)|klappt das|geht das|ist das (?:noch |so |denn )?möglich|wäre das (?:noch )?möglich|passt das|is that (?:still )?(?:ok|okay|possible|alright)|is this (?:still )?possible|geht das in ordnung)\b`)
	reRequestQ       = mustRe(`\b(?:anmelden|eintragen|umbuchen|umzubuchen|umbuchung|stattdessen|abmelden|absagen|verschieben|wechseln|move (?:me|us|(?:the )?(?:two|three|four|both|all) of us|my|our)|umtragen|put (?:me|us) down|sign (?:me|us) up|register (?:me|us)|book (?:me|us)|put (?:me|us) down|instead|switch|erhöhen|reduzieren|verringern|aufstocken|increase|reduce)\b`)
	rePermissionQ    = mustRe(`\b(?:darf|dürfen|muss man|kann man|können auch|ist es möglich|gibt es|is it possible|can i|may i|is it ok|is it okay|would it be|do i need|muss ich|soll ich|brauche ich)\b`)
	reQuestionPhrase = mustRe(`\b(?:ich wüsste gern|würde gerne wissen|würde gern wissen|möchte gerne wissen|möchte wissen|ich habe eine frage|eine frage:|frage:|i was wondering|i would like to know|i'd like to know|let me know (?:if|whether)|teilen sie mir mit, ob)\b`)
	reSpam           = mustRe(`\b(?:free|kostenlos\w*|gratis|unverbindlich\w*|angebot|offer|audit|seo|ranking|click|klicken|verify|verifizieren|bestätigen sie|reply yes|(?:would|are) you (?:be )?interested in|wären sie interessiert|hätten sie interesse|demo call|quick demo|our clients|unsere kunden|opt out|reply stop|interessiert an (?:unsere|einer|einem)|rabatt|discount|konto|account)\b`)
	// A seller's voice ("our conference kits") next to a price or a rental
	// is a commercial offer even when it asks a question about the workshop.
	reSellerVoice = mustRe(`\b(?:biete[nt]? (?:ich|wir)|ich biete|wir bieten|we offer|i offer|(?:our|unsere?[nmrs]?) (?:\S+ ){0,2}(?:kits?|products?|services?|solutions?|equipment|offers?|packages?|angebot\w*|produkte?|dienstleistung\w*|leistungen|technik|pakete?))\b`)
	reCommercial  = mustRe(`\b(?:eur|euro|€|per day|per hour|pro tag|pro stunde|rent\w*|miet\w*|quote|kostenvoranschlag|pauschal\w*|honorar\w*|preise?|prices?|pricing|tarif\w*)\b`)
)

// reAnyIntentMarker is any marker of a wish: an absence notice that also
// says such a thing may be a person's mail after all.
var reAnyIntentMarker = mustRe(`\b(?:anmelden|anmeldung|abmelden|absagen|umbuchen|register|cancel|sign up|teilnehmen|take part)\b`)

// reImpersonalQ asks how things work ("kann man absagen?"), not for an action.
var reImpersonalQ = mustRe(`\b(?:kann man|muss man|darf man|soll man|sollte man|can one|does one|must one|do (?:people|participants) have to|is it possible to cancel)\b`)

// reProcessQ asks whether one has to register at all ("muss man sich
// vorher anmelden?", "do I need to sign up?"): even next to a named day it
// asks about the rules, and registers nobody.
var reProcessQ = mustRe(`\b(?:muss man sich|müssen wir uns|muss ich mich|braucht man (?:eine )?anmeldung|ist (?:eine )?anmeldung (?:nötig|notwendig|erforderlich|pflicht)|do (?:i|we|you|people) (?:need|have) to (?:register|sign up|book)|is (?:registration|signing up|booking) (?:required|necessary|needed|mandatory))\b`)

// reNarrative tells what the sender read or heard ("habe am Samstag in der
// Zeitung gelesen"): a day in such a clause is when they learned of the
// workshop, not a wish.
var reNarrative = mustRe(`\b(?:habe|hab|hat|haben|hatte|hatten)\b.{0,140}?\b(?:gelesen|gesehen|gehört|erfahren|entdeckt|gefunden)\b|\b(?:i|we) (?:have |had )?(?:saw|seen|heard|came across|noticed)\b`)

// reOtherService names the town's other services, which people write to
// the wrong mailbox about, also inside compounds ("Anwohnerparkausweis");
// reWorkshopStrong names the workshop itself.
var (
	reOtherService   = mustRe(`\b\w{0,20}?(?:reisepass\w*|personalausweis\w*|ausweis|führerschein\w*|ummeld\w*|anmeldung (?:des|meines) wohnsitz\w*|wohnsitz\w*|bürgerbüro|bürgeramt|standesamt|kfz|zulassung\w*|führungszeugnis|passport|id card|driving licen[cs]e|residence permit|aufenthalts\w*|sperrmüll|hundesteuer|parkausweis)\b`)
	reWorkshopStrong = mustRe(`\b(?:werkstatt|workshops?|ehrenamt\w*|engagement\w*|volunteer\w*|c409|sessions?)\b`)
)
