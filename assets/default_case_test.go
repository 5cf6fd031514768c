package assets_test

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/casefile/casefile/assets"
	"github.com/casefile/casefile/casefile"
)

const articleFile = "assets/sources/albania-iran-2022-article.txt"

func defaultCase(t *testing.T) *casefile.Case {
	t.Helper()
	c, err := casefile.Decode(assets.DefaultCase)
	if err != nil {
		t.Fatalf("the default case does not load: %v", err)
	}
	return c
}

// paragraphs are the article's non-empty lines; locators count from 1.
func paragraphs() []string {
	var ps []string
	for _, line := range strings.Split(string(assets.DefaultCaseArticle), "\n") {
		if strings.TrimSpace(line) != "" {
			ps = append(ps, line)
		}
	}
	return ps
}

// plain replaces the article's no-break spaces with spaces, for finding
// names, which the case spells with ordinary spaces. Quotes are compared
// byte for byte, without it.
func plain(s string) string { return strings.ReplaceAll(s, "\u00a0", " ") }

// articleSource returns the id of the source that holds the embedded
// article as its text.
func articleSource(t *testing.T, c *casefile.Case) string {
	t.Helper()
	for _, s := range c.Sources {
		if s.Text != nil && s.Text.Body == string(assets.DefaultCaseArticle) {
			return s.ID
		}
	}
	t.Fatalf("no source holds the text of %s", articleFile)
	return ""
}

// The article is in the case, every quote is verified against it, and each
// statement's span reads its quote exactly; no description sends a reader
// to a path in this repository.
func TestEveryQuoteIsVerifiedInTheArticleTheCaseHolds(t *testing.T) {
	c := defaultCase(t)
	src := articleSource(t, c)
	s, _ := c.Source(src)
	if strings.Contains(s.Description, "assets/") || s.Text.SHA256 != casefile.TextSHA256(s.Text.Body) {
		t.Errorf("the article's source: %q, sha256 %s", s.Description, s.Text.SHA256)
	}
	checks := c.CheckQuotes()
	for _, st := range c.Statements {
		if ch := checks[st.ID]; ch.Status != casefile.Verified {
			t.Errorf("statement %q: %s", st.Title, ch.Status)
		}
		if got := s.Text.Passage(st.Source.Span); got != st.Quote {
			t.Errorf("statement %q: its span reads %q, not its quote %q", st.Title, got, st.Quote)
		}
	}
	if v, n := c.QuotesVerified(); v != len(c.Statements) || n != v || v != 12 {
		t.Errorf("%d of %d checkable quotes verified; the case has %d statements", v, n, len(c.Statements))
	}
}

var locatorRE = regexp.MustCompile(`^para\. ([0-9]+)$`)

// paragraph resolves a citation of the article to its paragraph's text.
func paragraph(t *testing.T, src string, ct casefile.Citation, item string) (string, bool) {
	t.Helper()
	ps := paragraphs()
	if ct.Source != src {
		t.Errorf("%s cites source %q, not the article", item, ct.Source)
		return "", false
	}
	m := locatorRE.FindStringSubmatch(ct.Locator)
	if m == nil {
		t.Errorf("%s: locator %q is not of the form \"para. N\"", item, ct.Locator)
		return "", false
	}
	n, _ := strconv.Atoi(m[1])
	if n < 1 || n > len(ps) {
		t.Errorf("%s: locator %q names no paragraph; the article has %d", item, ct.Locator, len(ps))
		return "", false
	}
	return ps[n-1], true
}

func TestDefaultCaseIsValidAndAsEncodeWritesIt(t *testing.T) {
	c := defaultCase(t)
	if ps := c.Validate(); ps != nil {
		t.Fatalf("the default case is invalid: %v", ps)
	}
	var buf bytes.Buffer
	if err := casefile.Encode(&buf, c); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), assets.DefaultCase) {
		t.Error("re-encoding the default case changes it; it is not in the form casefile.Encode writes")
	}
	if c.Marking != casefile.TLPClear {
		t.Errorf("marking is %s; the case comes from a public article, so TLP:CLEAR", c.Marking)
	}
	if len(c.Sources) != 1 {
		t.Errorf("the case has %d sources, want only the article", len(c.Sources))
	}
	if len(c.Actors) == 0 || len(c.Statements) == 0 || len(c.Events) == 0 || len(c.Relations) == 0 {
		t.Errorf("the case is missing items: %d actors, %d statements, %d events, %d relations",
			len(c.Actors), len(c.Statements), len(c.Events), len(c.Relations))
	}
}

// TestQuotesAreVerbatim checks that the statements are exactly the article's
// quotations: every passage between “ and ” is one statement's quote, byte
// for byte, and every statement's quote is such a passage.
func TestQuotesAreVerbatim(t *testing.T) {
	c := defaultCase(t)
	quoteRE := regexp.MustCompile(`“([^”]*)”`)
	passages := quoteRE.FindAllStringSubmatch(string(assets.DefaultCaseArticle), -1)
	if len(passages) == 0 {
		t.Fatal("found no quotations in the article")
	}
	inArticle := make(map[string]bool)
	for _, m := range passages {
		inArticle[m[1]] = true
	}
	quoted := make(map[string]int)
	for _, s := range c.Statements {
		quoted[s.Quote]++
		if !inArticle[s.Quote] {
			t.Errorf("statement %q: quote %q is not a quotation in the article", s.Title, s.Quote)
		}
	}
	for q := range inArticle {
		switch quoted[q] {
		case 0:
			t.Errorf("the article's quotation “%s” is no statement's quote", q)
		case 1:
		default:
			t.Errorf("the quotation “%s” is quoted by %d statements", q, quoted[q])
		}
	}
}

func TestStatementsNameTheirSpeakerAndParagraph(t *testing.T) {
	c := defaultCase(t)
	src := articleSource(t, c)
	// Who says what, from reading the article: the start of each quote and
	// its speaker's name.
	speakers := map[string]string{
		"with immediate effect":                 "Edi Rama",
		"This extreme response":                 "Edi Rama",
		"The said attack failed":                "Edi Rama",
		"The United States\u00a0will":           "Adrienne Watson",
		"The United States strongly":            "Adrienne Watson",
		"Iranian cyberattacks against NATO":     "American Jewish Committee",
		"The regime’s actions":                  "American Jewish Committee",
		"We stand with Albania":                 "American Jewish Committee",
		"decision to sever political relations": "Iranian Foreign Ministry",
		"the immediate release":                 "Iranian Foreign Ministry",
		"The Islamic nation":                    "Ali Khamenei",
		"on the verge of defeat":                "Ali Khamenei",
	}
	matched := make(map[string]bool)
	for _, s := range c.Statements {
		item := fmt.Sprintf("statement %q", s.Title)
		speaker, ok := c.Actor(s.Speaker)
		if !ok {
			t.Errorf("%s: speaker %q is not an actor", item, s.Speaker)
		}
		for prefix, want := range speakers {
			if strings.HasPrefix(s.Quote, prefix) {
				matched[prefix] = true
				if speaker.Name != want {
					t.Errorf("%s: speaker is %q, the article says %q", item, speaker.Name, want)
				}
			}
		}
		if p, ok := paragraph(t, src, s.Source, item); ok && !strings.Contains(p, "“"+s.Quote+"”") {
			t.Errorf("%s: %s does not contain the quote", item, s.Source.Locator)
		}
		if s.RespondsTo != "" {
			if _, ok := c.Statement(s.RespondsTo); !ok {
				t.Errorf("%s responds to %q, which is no statement", item, s.RespondsTo)
			}
		}
		if s.Grading.IsZero() {
			t.Errorf("%s is not graded", item)
		}
	}
	for prefix := range speakers {
		if !matched[prefix] {
			t.Errorf("no statement quotes “%s…”", prefix)
		}
	}
}

// TestItemsCiteTheArticle checks that every actor, relation and event cites
// the article by paragraph, and that an actor's paragraphs name it.
func TestItemsCiteTheArticle(t *testing.T) {
	c := defaultCase(t)
	src := articleSource(t, c)
	check := func(item string, cs []casefile.Citation) []string {
		if len(cs) == 0 {
			t.Errorf("%s cites no source", item)
		}
		var ps []string
		for _, ct := range cs {
			if p, ok := paragraph(t, src, ct, item); ok {
				ps = append(ps, p)
			}
		}
		return ps
	}
	for _, a := range c.Actors {
		item := fmt.Sprintf("actor %q", a.Name)
		names := append([]string{a.Name}, a.Aliases...)
		for i, p := range check(item, a.Sources) {
			if !containsAny(plain(p), names) {
				t.Errorf("%s: %s names it by none of %q", item, a.Sources[i].Locator, names)
			}
		}
	}
	for _, r := range c.Relations {
		check(fmt.Sprintf("relation %q", c.RelationName(r)), r.Sources)
	}
	for _, e := range c.Events {
		item := fmt.Sprintf("event %q", e.Title)
		check(item, e.Sources)
		if len(e.Actors) == 0 {
			t.Errorf("%s lists no actors", item)
		}
	}
}

func containsAny(text string, names []string) bool {
	text = strings.ToLower(text)
	for _, n := range names {
		if strings.Contains(text, strings.ToLower(n)) {
			return true
		}
	}
	return false
}

type datedItem struct {
	item string
	date casefile.Date
}

func allDates(c *casefile.Case) []datedItem {
	var ds []datedItem
	for _, s := range c.Sources {
		ds = append(ds, datedItem{fmt.Sprintf("source %q", s.Title), s.Date})
	}
	for _, r := range c.Relations {
		name := c.RelationName(r)
		ds = append(ds, datedItem{fmt.Sprintf("relation %q start", name), r.Start}, datedItem{fmt.Sprintf("relation %q end", name), r.End})
	}
	for _, s := range c.Statements {
		ds = append(ds, datedItem{fmt.Sprintf("statement %q", s.Title), s.Date})
	}
	for _, e := range c.Events {
		ds = append(ds, datedItem{fmt.Sprintf("event %q", e.Title), e.Date})
	}
	return ds
}

// TestDatesAreHonest checks that no date claims more than the article says:
// the words a date quotes are the article's, a date read from the article
// has its year, month and day in the text, and a date whose stated words
// lack the year ("Wednesday", "July 15") is marked inferred.
func TestDatesAreHonest(t *testing.T) {
	c := defaultCase(t)
	text := plain(string(assets.DefaultCaseArticle))
	asStated := make(map[string]int)
	for _, d := range allDates(c) {
		if d.date.IsZero() {
			if d.date.AsStated != "" {
				t.Errorf("%s: unknown date with stated words %q", d.item, d.date.AsStated)
			}
			continue
		}
		year := strconv.Itoa(d.date.Year)
		if d.date.AsStated != "" {
			asStated[d.date.AsStated]++
			if !strings.Contains(text, d.date.AsStated) {
				t.Errorf("%s: the article does not say %q", d.item, d.date.AsStated)
			}
			if !strings.Contains(d.date.AsStated, year) && !d.date.Inferred {
				t.Errorf("%s: %q does not state the year %s, yet the date is not marked inferred", d.item, d.date.AsStated, year)
			}
		}
		if d.date.Inferred {
			continue
		}
		if !strings.Contains(text, year) {
			t.Errorf("%s: the year %s is not in the article, yet the date is not marked inferred", d.item, year)
		}
		if d.date.Month != 0 && !strings.Contains(text, time.Month(d.date.Month).String()) {
			t.Errorf("%s: the month %s is not in the article, yet the date is not marked inferred", d.item, time.Month(d.date.Month))
		}
		if d.date.Day != 0 && !strings.Contains(text, " "+strconv.Itoa(d.date.Day)) {
			t.Errorf("%s: the day %d is not in the article, yet the date is not marked inferred", d.item, d.date.Day)
		}
	}
	// The article's yearless dates must be there, each marked inferred by
	// the check above.
	for _, words := range []string{"July 15", "Wednesday", "In July"} {
		if asStated[words] == 0 {
			t.Errorf("no date records the article's %q", words)
		}
	}
}

// TestArticleActorsArePresent checks that every actor the article names is
// in the case under that name or as an alias.
func TestArticleActorsArePresent(t *testing.T) {
	c := defaultCase(t)
	// Every actor named in the article, from reading it.
	named := []string{
		"Albania", "Iran", "Islamic Republic of Iran", "the Islamic regime", "United States", "Israel", "France",
		"Edi Rama", "Adrienne Watson", "Ali Khamenei", "Maryam Rajavi", "Mike Pompeo",
		"National Security Council", "White House", "Iranian Foreign Ministry",
		"American Jewish Committee", "AJC", "Mujahedin-e-Khalq", "MEK", "National Council of Resistance of Iran", "NCRI", "NATO",
		"Iranian diplomats and support staff", "the Zionist media", "the West", "Islamic nation",
	}
	actorOf := make(map[string]string)
	for _, a := range c.Actors {
		for _, n := range append([]string{a.Name}, a.Aliases...) {
			if prev, dup := actorOf[n]; dup {
				t.Errorf("%q names both %q and %q", n, prev, a.Name)
			}
			actorOf[n] = a.Name
		}
	}
	text := plain(string(assets.DefaultCaseArticle))
	for _, n := range named {
		if !strings.Contains(text, n) {
			t.Errorf("the article does not name %q", n)
		}
		if _, ok := actorOf[n]; !ok {
			t.Errorf("the article names %q, but no actor has that name or alias", n)
		}
	}
}
