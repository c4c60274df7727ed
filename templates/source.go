package templates

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// defaults are the templates shipped in the binary ("all:" keeps the
// _common files, which embed would skip for their leading underscore).
//
//go:embed all:files
var defaults embed.FS

// Partials hold the blocks shared by all kinds of one language.
const (
	commonText = "_common.txt"
	commonHTML = "_common.html"
)

// Per-kind file suffixes.
const (
	extSubject = ".subject.txt"
	extText    = ".txt"
	extHTML    = ".html"
)

// source reads a template file from the override folder when it holds one
// of that name, else from the embedded defaults.
type source struct {
	dir  string // override folder; "" for none
	over fs.FS  // os.DirFS(dir), nil for none
}

// newSource opens the override folder and refuses template files there
// that would never be read (a typo such as de/boked.txt must not be
// ignored in silence).
func newSource(dir string) (source, error) {
	if dir == "" {
		return source{}, nil
	}
	info, err := os.Stat(dir)
	if err != nil {
		return source{}, fmt.Errorf("template override folder: %w", err)
	}
	if !info.IsDir() {
		return source{}, fmt.Errorf("template override folder %s: not a directory", dir)
	}
	src := source{dir: dir, over: os.DirFS(dir)}
	return src, src.checkNames()
}

// read returns a file's text and the name to show in errors: the full
// path for an override, "de/booked.txt" for a default.
func (src source) read(name string) (text, shown string, err error) {
	if src.over != nil {
		b, err := fs.ReadFile(src.over, name)
		if err == nil {
			return string(b), filepath.Join(src.dir, filepath.FromSlash(name)), nil
		}
		if !errors.Is(err, fs.ErrNotExist) {
			return "", "", fmt.Errorf("reading template %s: %w", filepath.Join(src.dir, name), err)
		}
	}
	b, err := defaults.ReadFile(path.Join("files", name))
	if err != nil {
		return "", "", fmt.Errorf("reading embedded template %s: %w", name, err)
	}
	return string(b), name, nil
}

// checkNames walks the override folder and reports every .txt or .html
// file whose name no default has.
func (src source) checkNames() error {
	known := knownNames()
	var errs []error
	err := fs.WalkDir(src.over, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		isTemplate := strings.HasSuffix(name, extText) || strings.HasSuffix(name, extHTML)
		if d.Type().IsRegular() && isTemplate && !known[name] {
			errs = append(errs, fmt.Errorf("template %s: no default of that name (expected de/ or en/ and a kind such as booked.txt)",
				filepath.Join(src.dir, filepath.FromSlash(name))))
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("reading template override folder %s: %w", src.dir, err)
	}
	return errors.Join(errs...)
}

// knownNames lists every template file name, relative to files/.
func knownNames() map[string]bool {
	known := make(map[string]bool)
	for _, lang := range Langs {
		known[lang+"/"+commonText] = true
		known[lang+"/"+commonHTML] = true
		for _, k := range Kinds {
			for _, ext := range []string{extSubject, extText, extHTML} {
				known[lang+"/"+string(k)+ext] = true
			}
		}
	}
	return known
}
