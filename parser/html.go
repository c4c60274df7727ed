package parser

import (
	"strings"

	"golang.org/x/net/html"
)

// htmlToText turns an HTML body into plain text: block elements become line
// breaks, script/style/head are dropped and text inside <blockquote> is
// prefixed with "> " so the quote rules treat it as an earlier mail.
func htmlToText(src string) string {
	z := html.NewTokenizer(strings.NewReader(src))
	var b strings.Builder
	skip, quote := 0, 0
	atLineStart := true
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return b.String()
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			tag := string(name)
			start := tt != html.EndTagToken
			switch {
			case tag == "script" || tag == "style" || tag == "head" || tag == "title":
				if tt == html.StartTagToken {
					skip++
				} else if tt == html.EndTagToken && skip > 0 {
					skip--
				}
			case tag == "blockquote":
				if start {
					quote++
				} else if quote > 0 {
					quote--
				}
				b.WriteString("\n")
				atLineStart = true
			case blockTags[tag]:
				b.WriteString("\n")
				atLineStart = true
			}
		case html.TextToken:
			if skip > 0 {
				continue
			}
			writeHTMLText(&b, string(z.Text()), quote, &atLineStart)
		}
	}
}

// writeHTMLText writes collapsed text, prefixing quoted lines.
func writeHTMLText(b *strings.Builder, t string, quote int, atLineStart *bool) {
	t = strings.Join(strings.Fields(strings.ReplaceAll(t, "\u00a0", " ")), " ")
	if t == "" {
		return
	}
	if *atLineStart && quote > 0 {
		b.WriteString(strings.Repeat("> ", quote))
	} else if !*atLineStart {
		b.WriteString(" ")
	}
	b.WriteString(t)
	*atLineStart = false
}

var blockTags = map[string]bool{
	"p": true, "div": true, "br": true, "li": true, "tr": true, "table": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"ul": true, "ol": true, "hr": true, "pre": true, "section": true, "article": true,
	"td": false,
}
