package templates

import (
	"errors"
	"fmt"
	htmltemplate "html/template"
	"text/template"
)

// Set holds every kind × language, parsed and checked. It is safe for
// concurrent use.
type Set struct {
	entries map[key]entry
}

type key struct {
	lang string
	kind Kind
}

// entry is one kind in one language: three templates and the file names
// errors should point to.
type entry struct {
	subject, text                   *template.Template
	html                            *htmltemplate.Template
	subjectFile, textFile, htmlFile string
}

// Load parses the embedded templates, each replaced by a file of the same
// name in overrideDir when there is one (overrideDir "" uses only the
// defaults). It then renders every kind × language with sample data, so a
// template that parses but fails on real data is refused at start, not when
// the first person writes. All problems are returned together.
func Load(overrideDir string) (*Set, error) {
	src, err := newSource(overrideDir)
	if err != nil {
		return nil, err
	}
	set := &Set{entries: make(map[key]entry)}
	var errs []error
	for _, lang := range Langs {
		for _, k := range Kinds {
			e, err := loadEntry(src, lang, k)
			if err != nil {
				errs = append(errs, err)
				continue
			}
			set.entries[key{lang, k}] = e
		}
	}
	if err := joinUnique(errs); err != nil {
		return nil, err
	}
	if err := set.check(); err != nil {
		return nil, err
	}
	return set, nil
}

// loadEntry parses the subject, text and HTML template of one kind.
func loadEntry(src source, lang string, k Kind) (entry, error) {
	var e entry
	var err error
	base := lang + "/" + string(k)
	if e.subject, e.subjectFile, err = parseText(src, lang, base+extSubject); err != nil {
		return e, err
	}
	if e.text, e.textFile, err = parseText(src, lang, base+extText); err != nil {
		return e, err
	}
	e.html, e.htmlFile, err = parseHTML(src, lang, base+extHTML)
	return e, err
}

// parseText parses a text/template file after the language's shared
// blocks, so the file may use and redefine them.
func parseText(src source, lang, name string) (*template.Template, string, error) {
	common, commonShown, err := src.read(lang + "/" + commonText)
	if err != nil {
		return nil, "", err
	}
	body, shown, err := src.read(name)
	if err != nil {
		return nil, "", err
	}
	t := template.New(name).Funcs(Funcs(lang))
	if _, err := t.New(lang + "/" + commonText).Parse(common); err != nil {
		return nil, "", fmt.Errorf("parsing template %s: %w", commonShown, err)
	}
	if _, err := t.Parse(body); err != nil {
		return nil, "", fmt.Errorf("parsing template %s: %w", shown, err)
	}
	return t, shown, nil
}

// parseHTML is parseText for html/template, which escapes every value
// for its place in the page.
func parseHTML(src source, lang, name string) (*htmltemplate.Template, string, error) {
	common, commonShown, err := src.read(lang + "/" + commonHTML)
	if err != nil {
		return nil, "", err
	}
	body, shown, err := src.read(name)
	if err != nil {
		return nil, "", err
	}
	t := htmltemplate.New(name).Funcs(Funcs(lang))
	if _, err := t.New(lang + "/" + commonHTML).Parse(common); err != nil {
		return nil, "", fmt.Errorf("parsing template %s: %w", commonShown, err)
	}
	if _, err := t.Parse(body); err != nil {
		return nil, "", fmt.Errorf("parsing template %s: %w", shown, err)
	}
	return t, shown, nil
}

// check renders every kind × language with a full and a sparse sample
// (no name, no open sessions, no original subject), since a template may
// fail on either.
func (s *Set) check() error {
	var errs []error
	for _, lang := range Langs {
		for _, k := range Kinds {
			for _, d := range []Data{sampleData(k, lang), sparseData(k, lang)} {
				if _, err := s.Render(k, d); err != nil {
					errs = append(errs, fmt.Errorf("checking templates with sample data: %w", err))
					break
				}
			}
		}
	}
	return joinUnique(errs)
}

// joinUnique joins errors, dropping repeats: a broken _common file would
// otherwise be reported once for every kind that includes it.
func joinUnique(errs []error) error {
	seen := make(map[string]bool)
	var out []error
	for _, err := range errs {
		if !seen[err.Error()] {
			seen[err.Error()] = true
			out = append(out, err)
		}
	}
	return errors.Join(out...)
}
