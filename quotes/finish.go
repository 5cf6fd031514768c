package quotes

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// finish turns the drafts into Quotes, converting byte offsets to rune
// offsets in one pass over the text.
func (e *engine) finish() []Quote {
	out := make([]Quote, 0, len(e.drafts))
	conv := runeCounter{text: e.text}
	n := 0
	for i := range e.drafts {
		n += len(e.drafts[i].parts)
	}
	spans := make([]Span, n) // one allocation for all the quotations' parts
	for i := range e.drafts {
		d := &e.drafts[i]
		q := Quote{Paragraph: d.para, Kind: d.kind, Parts: spans[:len(d.parts):len(d.parts)]}
		spans = spans[len(d.parts):]
		if q.Kind == 0 {
			q.Kind = Direct
		}
		var text strings.Builder
		for j, p := range d.parts {
			if j > 0 {
				text.WriteByte(' ')
			}
			text.WriteString(e.text[p.a:p.b])
			q.Parts[j] = Span{conv.at(p.a), conv.at(p.b)}
		}
		if len(d.parts) == 1 {
			q.Text = e.text[d.parts[0].a:d.parts[0].b]
		} else {
			q.Text = text.String()
		}
		if d.has && q.Kind != Scare {
			a := d.attr
			if a.ent >= 0 && e.ents[a.ent].roleOnly {
				if i := e.lateRole(a.ent); i >= 0 {
					a.ent = i
				} else if i := e.briefer(a, d.para); i >= 0 {
					a.ent = i
				}
			}
			if a.unnamed != "" && d.para == e.ledePara {
				if i := e.namedSpokes(a.unnamed); i >= 0 {
					a.ent, a.role = i, "" // "A … spokesman has warned …" and then "spokesman Guo Wenhui told"
				}
			}
			q.Verb, q.Channel, q.DateWords, q.Role = a.verb, a.channel, a.date, a.role
			if a.ent >= 0 {
				en := &e.ents[a.ent]
				q.Speaker = en.name
				if q.Role == "" {
					q.Role = en.role
				}
				if en.actor >= 0 {
					q.ActorID = e.knownIDs[en.actor]
				}
			} else {
				q.Speaker = a.text
			}
		}
		out = append(out, q)
	}
	e.headlineQuotes(out)
	return out
}

// headlineQuotes gives a headline's quotation the speaker of the
// quotation in the story that repeats it: "‘We are playing
// whack-a-mole’: Moldova struggles …" is Victor Grosu's, who says it in
// the sixth paragraph. So with a pull quote or standfirst of four words
// or more that no verb attributes ("‘A strike is never easy. This was
// our last resort.’" under the headline).
func (e *engine) headlineQuotes(out []Quote) {
	var lows []string // the quotations in lower case, as they are needed
	low := func(j int) string {
		if lows == nil {
			lows = make([]string, len(out))
		}
		if lows[j] == "" {
			lows[j] = strings.ToLower(strings.TrimRight(out[j].Text, ".,;:!?"))
		}
		return lows[j]
	}
	for i := range out {
		pull := e.drafts[i].implied && out[i].Kind == Direct && e.aloneInPara(i) && strings.Count(out[i].Text, " ") >= 3
		if !e.drafts[i].headline && !pull || e.drafts[i].headline && e.headlinePerson(i) {
			continue
		}
		want := low(i)
		one := !strings.Contains(want, " ") // a word: as a word of the story's, “bear all the consequences”
		body := false
		last := len(out)
		if pull {
			last = min(last, i+30) // a pull quote repeats words of its own story's, near it
		}
		for j := i + 1; j < last; j++ {
			if e.drafts[j].headline && body {
				break // the next story's headline
			}
			if e.drafts[j].headline || out[j].Speaker == "" || out[j].Kind == Scare {
				continue
			}
			body = true
			// The story may quote more of it, or the headline a word more:
			// "was set up to fail" for "set up to fail".
			got := low(j)
			if one && got != want && !hasWordIn(got, want) ||
				!strings.Contains(got, want) && !(len(strings.Fields(got)) >= 3 && strings.Contains(want, got)) {
				continue
			}
			q := &out[i]
			q.Speaker, q.Role, q.ActorID = out[j].Speaker, out[j].Role, out[j].ActorID
			if q.Kind == Scare {
				q.Kind = Partial
			}
			if q.Verb == "" {
				q.Verb = out[j].Verb
			}
			break
		}
	}
}

// aloneInPara reports whether draft i is the whole of its paragraph, as a
// pull quote or standfirst stands, but for its marks.
func (e *engine) aloneInPara(i int) bool {
	d := &e.drafts[i]
	if len(d.parts) != 1 || d.para < 1 || d.para > len(e.paras) {
		return false
	}
	p := e.paras[d.para-1]
	return d.parts[0].a-p.s <= 4 && p.e-d.parts[0].b <= 8
}

// hasWordIn reports whether text has w as one of its words, punctuation
// aside: "whack-a-mole" in "We are playing whack-a-mole with a fleet".
func hasWordIn(text, w string) bool {
	for f := range strings.FieldsSeq(text) {
		if strings.Trim(f, ".,;:!?\"'“”‘’()") == w {
			return true
		}
	}
	return false
}

// headlinePerson reports whether the headline gave quotation i to
// people ("Baltic leaders", "NHS trust chief"), whom the story's speaker
// is one of: that stands. A place or body ("Moldova struggles") is
// only what the headline is about.
func (e *engine) headlinePerson(i int) bool {
	d := &e.drafts[i]
	if !d.has {
		return false
	}
	if a := d.attr; a.ent >= 0 {
		// A role ("Opposition leader calls …") is whoever the story
		// gives the same words to; a name or people stand.
		en := &e.ents[a.ent]
		return en.kind == kPerson && !(en.roleOnly && singular("a "+en.name))
	}
	return d.attr.text != ""
}

// lateRole finds the entity a role phrase the text names only later
// refers to ("Albania’s prime minister said …" before "Prime Minister
// Arben Lleshi"), or -1.
func (e *engine) lateRole(r int) int {
	i := e.lateRole1(r)
	if i >= 0 && otherOf(&e.ents[r], &e.ents[i]) {
		return -1
	}
	return i
}

// lateRole1 is lateRole before checking what each role is of.
func (e *engine) lateRole1(r int) int {
	en := &e.ents[r]
	if en.kind == kBody && len(en.heads) > 0 && (en.head == "" || !en.anon && !strings.HasPrefix(strings.ToLower(en.name), "the ")) {
		// ("A hacker group that says …" and then "The group, which calls
		// itself “Digital Sich”,": the one named after, by the same noun)
		return e.lateBody(r, en.heads[len(en.heads)-1])
	}
	head, bare := en.head, false
	if w := en.nameWords; head == "" && en.roleOnly && len(w) > 0 && !strings.HasSuffix(w[len(w)-1], "s") && lexicon[w[len(w)-1]]&(fPersonNoun|fTitle) != 0 &&
		lexicon[w[0]]&(fDet|fNum|fFunc) == 0 && !strings.ContainsAny(en.name, "'’") {
		head, bare = w[len(w)-1], true // a headline's "says NHS trust chief"
	}
	if i := e.byRole(head, en.nameWords, true); i >= 0 && (!e.otherNation(i, e.nationOf(r)) || e.ofNation(i, e.nationOf(r)) || !e.hasNation(i)) && !e.kinOfNoNation(r, i, head) {
		if n := e.nextParaNamed(); r < e.ledeTo && en.kind == kPerson && n >= 0 && n < i && e.ledePerson(head) == -1 &&
			(e.nationOf(r) != "" && !e.ofNation(i, e.nationOf(r)) || e.nationOf(r) == "" && !sharesWord(en.nameWords, e.ents[i].words, head)) {
			// "The head of Norway’s gas operator has warned" and then
			// "Sigrid Hovland, chief executive of Gassnett,": the one
			// named next, not a later "head of research" of no nation or
			// sharing no word
			return n
		}
		return i
	}
	ledeTo, nextTo, afterTo := e.ledeTo, e.nextTo, e.afterTo
	if ledeTo == 0 {
		ledeTo = len(e.ents)
	}
	if nextTo == 0 {
		nextTo = len(e.ents)
	}
	if afterTo == 0 {
		afterTo = len(e.ents)
	}
	definite := en.head != "" || bare && e.ents[r].para < e.ledePara || !strings.Contains(en.name, " ") && (!strings.HasSuffix(en.name, "s") || strings.HasSuffix(en.name, "ss")) // "says boss"
	// "A High Court judge on Monday ruled …" and then "Mrs Justice
	// Okafor said": an unnamed role in the lede that is not an anonymous
	// source's is the person the next paragraph names with a title.
	titled := false
	if !definite && en.roleOnly && r < ledeTo && singular(en.name) && !anonNoun(en.name) {
		definite, titled = true, true
	}
	if en.kind != kPerson || !definite {
		return -1
	}
	if r >= ledeTo {
		return e.nextNamed(r)
	}
	if i := e.ledePerson(head); i != -1 {
		// the lede names someone: the role may be theirs, and is if its
		// head is theirs ("Singapore’s trade minister" and "Minister for
		// Trade and Industry Lim Wei Han")
		return max(i, -1)
	}
	// A role in the lede that no later name has the words of is the first
	// person the next paragraphs name: "Georgia's top election official"
	// and then "Secretary of State Brad Renner"; "Japan's chief cabinet
	// secretary" and then "Hiroshi Tanabe, who holds the post". A
	// paragraph further on, only someone given a title before the name
	// ("Chief executive Rebecca Hale"). Someone named with no role at all
	// is passed over: a name that is a body's ("Southern Valley Water")
	// may have been taken for a person's.
	for i := ledeTo; i < afterTo; i++ {
		if c := &e.ents[i]; c.kind == kPerson && !c.roleOnly && (c.role != "" || i < nextTo && len(c.nameWords) == 2 && !titled) {
			if slicesContains(c.heads, head) && lacksOffice(c.words, en.nameWords, head) {
				continue // "the prime minister" is not "Rhian Ellis, the local government minister"
			}
			if (i < nextTo && !titled) || unicode.IsUpper([]rune(c.role)[0]) {
				return i
			}
			if titled {
				break // "Liliana Ocampo, a two-term senator,": not a title; the lede's people in order, below
			}
			return -1
		}
	}
	if titled && en.para == e.ledePara {
		// "A former central bank governor who promised … claimed
		// victory …, while his rival refused to concede" and then "Tomás
		// Aquino Rivas … against … Liliana Ocampo": the lede's people in
		// the order the next paragraph names them
		n := 0
		for i := 0; i < r; i++ {
			if c := &e.ents[i]; c.roleOnly && c.kind == kPerson && c.para == e.ledePara && singular(c.name) && !anonNoun(c.name) {
				n++
			}
		}
		for i := ledeTo; i < nextTo; i++ {
			if c := &e.ents[i]; c.kind == kPerson && !c.roleOnly && len(c.nameWords) >= 2 && properName(c.name) {
				if n == 0 {
					return i
				}
				n--
			}
		}
	}
	return -1
}

// otherOf reports whether role-only r and entity i head bodies named
// differently, sharing no word: "the head of the IMF" is not "the head
// of NATO Mark Rutte" named later (but "the head of the trust" may be
// the chief executive "of Riverside NHS Trust").
func otherOf(r, i *entity) bool {
	return otherOfText(r.name, i)
}

// otherOfText is otherOf for a role phrase's text: "the head of the Bank
// of England" is not Mark Rutte, "head of NATO".
func otherOfText(text string, i *entity) bool {
	mine := ofObject(text)
	if mine == nil {
		return false
	}
	for _, role := range i.roles {
		if theirs := ofObject(role); theirs != nil && !slices.ContainsFunc(theirs, func(w string) bool { return slices.Contains(mine, w) }) {
			return true
		}
	}
	return false
}

// ofObject is the lower-case words of the proper name a role is of: [imf]
// for "the head of the IMF"; nil when it is of no proper name ("the head
// of Norway’s gas operator").
func ofObject(role string) []string {
	k := strings.LastIndex(role, " of ")
	if k < 0 {
		return nil
	}
	o := strings.TrimSpace(role[k+4:])
	if len(o) > 4 && strings.EqualFold(o[:4], "the ") {
		o = o[4:]
	}
	words := strings.Fields(o)
	for i, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return nil
		}
		words[i] = strings.ToLower(w)
	}
	return words
}

// kinOfNoNation reports whether body i, found for role-only body r by a
// word of the same kind and not r's own head, lacks the nation r names:
// "the Israeli army" is not the UN's Interim Force, though "the Maltese
// army" is the Armed Forces of Malta.
func (e *engine) kinOfNoNation(r, i int, head string) bool {
	nation := e.nationOf(r)
	return e.ents[r].kind == kBody && nation != "" && !hasWord(e.ents[i].words, head) && !e.ofNation(i, nation)
}

// lateBody finds the body a role phrase with head noun head refers to
// when the story names it only after the phrase: "South Korea's spy
// agency said …" and then "The National Intelligence Service (NIS)
// said": the first body named in the next few whose name has the head
// or a word for the same kind of body, and no other nation. Or -1.
func (e *engine) lateBody(r int, head string) int {
	nation := e.nationOf(r)
	for i := r + 1; i < len(e.ents) && i <= r+recentRoles; i++ {
		c := &e.ents[i]
		if c.kind != kBody || c.roleOnly || e.otherNation(i, nation) || otherDepartment(c.nameWords, e.ents[r].nameWords) {
			continue
		}
		if hasWord(c.nameWords, head) || slicesContains(c.heads, head) {
			return e.fuller(i)
		}
		for _, k := range roleKin[head] {
			if hasWord(c.nameWords, k) {
				return e.fuller(i)
			}
		}
	}
	return -1
}

// fuller returns the entity made from the same mention as body i with
// i's name at its end, "Information Commissioner's Office" for the
// "Office" read inside it, or i.
func (e *engine) fuller(i int) int {
	for j := i + 1; j < len(e.ents) && j <= i+2; j++ {
		if c := &e.ents[j]; c.kind == kBody && !c.roleOnly && c.para == e.ents[i].para && len(c.name) > len(e.ents[i].name) && strings.HasSuffix(c.name, " "+e.ents[i].name) {
			return j
		}
	}
	return i
}

// otherDepartment reports whether a body's name words have none of the
// words that say what a role phrase's department is for: "the foreign
// ministry" is not the "Ministry of Education and Science". Spellings
// that share their first five letters count as one ("interior",
// "Internal Affairs"; "defence", "defense").
func otherDepartment(have, want []string) bool {
	for _, w := range want {
		if !officeOf[w] || w == "prime" {
			continue
		}
		for _, h := range have {
			if h == w || len(h) >= 5 && len(w) >= 5 && h[:5] == w[:5] {
				return false
			}
		}
		return true
	}
	return false
}

// briefer finds who an unnamed official in the lede is when the lede
// has them brief a body ("…, a senior United Nations official told the
// Security Council today") and the next paragraphs name the briefer
// with a title ("said Amina Diallo-Kessler, Assistant Secretary-General
// for Africa"): the first person named so. An official who is named
// nowhere, or kept anonymous, stays unnamed. It returns -1 if none.
func (e *engine) briefer(a attribution, para int) int {
	en := &e.ents[a.ent]
	if para != e.ledePara || a.ent >= e.ledeTo || !strings.HasPrefix(a.verb, "told ") || strings.HasPrefix(a.verb, "told reporters") ||
		!anonNoun(en.name) || !singular(en.name) || en.anon {
		return -1
	}
	for i := e.ledeTo; i < e.afterTo || e.afterTo == 0 && i < len(e.ents); i++ {
		if c := &e.ents[i]; c.kind == kPerson && !c.roleOnly && c.role != "" && unicode.IsUpper([]rune(c.role)[0]) {
			return i
		}
	}
	return -1
}

// sharesWord reports whether a role's words other than its head and
// small words are among an entity's words.
func sharesWord(role, words []string, head string) bool {
	for _, w := range role {
		if w != head && lexicon[w]&(fFunc|fDet) == 0 && hasWord(words, w) {
			return true
		}
	}
	return false
}

// ledePerson looks for a person the lede names (a byline's names are
// not the lede's): it returns the first whose role has the head noun
// head, -2 if the lede names people but none such, or -1 if it names
// no one.
func (e *engine) ledePerson(head string) int {
	found := -1
	for i := 0; i < e.ledeTo; i++ {
		if c := &e.ents[i]; c.kind == kPerson && !c.roleOnly && properName(c.name) && c.para >= e.ledePara {
			if head != "" && slicesContains(c.heads, head) {
				return i
			}
			found = -2
		}
	}
	return found
}

// nextParaNamed returns the first person the paragraph after the lede
// names with a role, or -1.
func (e *engine) nextParaNamed() int {
	to := e.nextTo
	if to == 0 {
		to = len(e.ents)
	}
	for i := e.ledeTo; i < to && e.ledeTo > 0; i++ {
		if c := &e.ents[i]; c.kind == kPerson && !c.roleOnly && c.role != "" {
			return i
		}
	}
	return -1
}

// properName reports whether every word of a name but its particles
// ("of", "van", "bin") is capitalised: "Edi Rama", not "Two senators".
func properName(name string) bool {
	for w := range strings.FieldsSeq(name) {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && lexicon[w]&fConn == 0 {
			return false
		}
	}
	return true
}

// namedSpokes returns the person the paragraph after the lede names
// with the spokesperson's noun head ("spokesman Guo Wenhui"), or -1.
func (e *engine) namedSpokes(head string) int {
	to := e.nextTo
	if to == 0 {
		to = len(e.ents)
	}
	for i := e.ledeTo; i < to && e.ledeTo > 0; i++ {
		if c := &e.ents[i]; c.kind == kPerson && !c.roleOnly && slicesContains(c.heads, head) {
			return i
		}
	}
	return -1
}

// singular reports whether a role is one person's: "A High Court
// judge", "his rival", not "Baltic leaders" or "Hundreds of doctors".
func singular(name string) bool {
	f := strings.Fields(strings.ToLower(name))
	return len(f) > 1 && (f[0] == "a" || f[0] == "an" || f[0] == "his" || f[0] == "her") && !strings.HasSuffix(f[len(f)-1], "s")
}

// anonNoun reports whether an unnamed speaker's last word is one for a
// source the report keeps anonymous: "a senior official", "people
// familiar with the matter", "a Western diplomat".
func anonNoun(name string) bool {
	f := strings.Fields(strings.ToLower(name))
	if len(f) == 0 {
		return true
	}
	switch strings.TrimSuffix(f[len(f)-1], "s") {
	case "official", "source", "person", "people", "diplomat", "insider", "aide", "adviser", "advisor",
		"officer", "employee", "staffer", "analyst", "expert", "witnesse", "witness", "resident", "member":
		return true
	}
	return false
}

// nextNamed returns the person a role named after the lede refers to
// when the next person named, in the same paragraph, is given with no
// role of their own ("The European Union's foreign policy chief said …
// In a statement, Teresa Valcárcel urged"), or -1.
func (e *engine) nextNamed(r int) int {
	en := &e.ents[r]
	if en.head == "" {
		return -1
	}
	for i := r + 1; i < len(e.ents); i++ {
		c := &e.ents[i]
		switch {
		case c.para != en.para:
			return -1
		case c.kind == kPerson && !c.roleOnly && c.role == "" && len(c.nameWords) >= 2:
			return i
		case c.kind != kBody:
			return -1
		}
	}
	return -1
}

// runeCounter converts byte offsets to rune offsets, cheaply when asked
// in increasing order.
type runeCounter struct {
	text        string
	byte, runes int
}

func (c *runeCounter) at(off int) int {
	if off < c.byte {
		// back from where it is: a transcript's turn runs on past the
		// quotations inside it, which come next
		c.runes -= utf8.RuneCountInString(c.text[off:c.byte])
		c.byte = off
		return c.runes
	}
	c.runes += utf8.RuneCountInString(c.text[c.byte:off])
	c.byte = off
	return c.runes
}
