package templates

import "time"

// The sample data renders every template once at Load. It follows the
// seed (two dates, 13:00 and 18:00, Rathaus Nord, Raum C409) with
// invented people only. A fixed zone keeps Load free of tzdata; July and
// August are summer time in Kaiserslautern.
var sampleZone = time.FixedZone("CEST", 2*60*60)

func sampleSession(id string, month time.Month, day, hour, free int) SessionInfo {
	start := time.Date(2025, month, day, hour, 0, 0, 0, sampleZone)
	return SessionInfo{
		ID:       id,
		Title:    "Werkstatt „Zukunft des Ehrenamts“",
		Location: "Rathaus Nord, Raum C409",
		Start:    start,
		End:      start.Add(time.Hour),
		Free:     free,
	}
}

// sampleOffice is the sender block used in samples and tests.
var sampleOffice = Office{
	Name:    "Ehrenamtskoordination Kaiserslautern",
	Address: "ehrenamt@kaiserslautern.example",
	Phone:   "(0631) 365-4471",
}

// sampleData fills every field a kind may show.
func sampleData(k Kind, lang string) Data {
	jul13 := sampleSession("2025-07-24-1300", time.July, 24, 13, 4)
	jul18 := sampleSession("2025-07-24-1800", time.July, 24, 18, 1)
	aug18 := sampleSession("2025-08-16-1800", time.August, 16, 18, 0)
	d := Data{
		Lang:        lang,
		Name:        "Anna Beispiel",
		Session:     aug18,
		PartySize:   2,
		Position:    3,
		Open:        []SessionInfo{jul13, jul18},
		OrigSubject: "Anmeldung Werkstatt",
		Office:      sampleOffice,
		Now:         time.Date(2025, time.July, 1, 9, 30, 0, 0, time.UTC),
	}
	switch k {
	case KindWaitlisted:
		d.Sessions = []SessionInfo{aug18}
	case KindChanged:
		d.Session, d.Old = jul18, &aug18
	case KindOffer:
		d.Session = sampleSession("2025-08-30-1100", time.August, 30, 11, 15)
		d.Position = 1
	}
	return d
}

// sparseData leaves out everything optional: no name, no original subject,
// no open sessions, no office phone.
func sparseData(k Kind, lang string) Data {
	d := sampleData(k, lang)
	d.Name, d.OrigSubject, d.Open, d.Sessions = "", "", nil, nil
	d.PartySize, d.Position = 0, 0
	d.Office.Phone = ""
	return d
}
