package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/casefile/casefile/casefile"
	"github.com/casefile/casefile/quotes"
	"github.com/casefile/casefile/sourcetext"
)

// quotesCmd prints every quotation found in a text, HTML or PDF file, a
// line each: the quotation as printed without its marks, the speaker as
// the text names them, the attribution verb and the character span.
func quotesCmd(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("quotes", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: casefile quotes [-format tsv|json] [-case CASEFILE [-passphrase-file P]] [-all] FILE")
	}
	format := fs.String("format", "tsv", "tsv or json")
	caseFile := fs.String("case", "", "match speakers to this case's actors")
	passFile := passphraseFlag(fs)
	all := fs.Bool("all", false, "also list words in quotation marks that nobody is said to have said")
	files, err := parseInterleaved(fs, args)
	if err != nil {
		return 2
	}
	fail := func(code int, format string, a ...any) int {
		fmt.Fprintf(stderr, "casefile quotes: "+format+"\n", a...)
		return code
	}
	if len(files) != 1 {
		fs.Usage()
		return fail(2, "give exactly one text, HTML or PDF file")
	}
	if *format != "tsv" && *format != "json" {
		return fail(2, "unknown format %q; choose tsv or json", *format)
	}
	if *passFile != "" && *caseFile == "" {
		return fail(2, "-passphrase-file is the passphrase of an encrypted -case file; give -case too, or leave it out")
	}
	var known []quotes.Actor
	if *caseFile != "" {
		c, _, err := passphrases{file: *passFile, verb: "casefile quotes", stderr: stderr}.loadCase(*caseFile)
		if err != nil {
			return fail(1, "%v", err)
		}
		known = knownActors(c)
	}
	text, err := readSource(files[0])
	if err != nil {
		return fail(1, "%v", err)
	}
	var found []quotes.Quote
	for _, q := range quotes.Find(text.Text, known) {
		if *all || q.IsStatement() {
			found = append(found, q)
		}
	}
	if *format == "json" {
		enc := json.NewEncoder(stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		out := make([]jsonQuote, len(found))
		for i, q := range found {
			out[i] = newJSONQuote(q)
		}
		if err := enc.Encode(out); err != nil {
			return fail(1, "%v", err)
		}
		return 0
	}
	for _, q := range found {
		sp := q.Span()
		fmt.Fprintf(stdout, "%s\t%s\t%s\t%d-%d\n", oneField(q.Text), oneField(q.Speaker), oneField(q.Verb), sp.Start, sp.End)
	}
	return 0
}

// jsonQuote is a quotation as `quotes -format json` writes it; spans are
// in characters (Unicode code points) of the file's text, end excluded.
type jsonQuote struct {
	Quote     string          `json:"quote"`
	Speaker   string          `json:"speaker"`
	Role      string          `json:"role,omitempty"`
	ActorID   string          `json:"actor_id,omitempty"`
	Verb      string          `json:"verb"`
	Kind      string          `json:"kind"`
	Paragraph int             `json:"paragraph"`
	Channel   string          `json:"channel,omitempty"`
	DateWords string          `json:"date_words,omitempty"`
	Span      casefile.Span   `json:"span"`
	Parts     []casefile.Span `json:"parts"`
}

func newJSONQuote(q quotes.Quote) jsonQuote {
	sp := q.Span()
	parts := make([]casefile.Span, len(q.Parts))
	for i, p := range q.Parts {
		parts[i] = casefile.Span{Start: p.Start, End: p.End}
	}
	return jsonQuote{Quote: q.Text, Speaker: q.Speaker, Role: q.Role, ActorID: q.ActorID, Verb: q.Verb, Kind: q.Kind.String(),
		Paragraph: q.Paragraph, Channel: q.Channel, DateWords: q.DateWords, Span: casefile.Span{Start: sp.Start, End: sp.End}, Parts: parts}
}

// readSource reads a source document's text as the GUI imports it.
func readSource(path string) (sourcetext.Text, error) {
	f, info, err := casefile.OpenRegular(path, "the source")
	if err != nil {
		return sourcetext.Text{}, err
	}
	defer f.Close()
	return sourcetext.Read(context.Background(), path, f, info.Size(), nil)
}

// knownActors are the case's actors as the quote finder matches speakers.
func knownActors(c *casefile.Case) []quotes.Actor {
	out := make([]quotes.Actor, len(c.Actors))
	for i, a := range c.Actors {
		out[i] = quotes.Actor{ID: a.ID, Names: append([]string{a.Name}, a.Aliases...), Kind: string(a.Kind)}
	}
	return out
}

// oneField keeps a TSV field on one line: tabs and line breaks in a
// quotation become spaces.
func oneField(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r == '\t' || r == '\n' || r == '\r' }), " ")
}
