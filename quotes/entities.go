package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Entity kinds, as far as the text tells them.
const (
	kUnknown uint8 = iota
	kPerson
	kBody
)

// An entity is a person or body the text has named: what pronouns,
// roles, surnames and acronyms resolve to.
type entity struct {
	name      string // the fullest name seen: "Edi Rama"
	role      string // the first role given: "Prime Minister"
	kind      uint8
	actor     int      // index into the known actors, or -1
	last      int      // sequence number of the latest mention
	words     []string // lower-case words of name and roles, for "the ministry"
	nameWords []string // lower-case words of the name
	roles     []string // the roles given, each once
	heads     []string // their head nouns and titles (see roleHeads)
	// roleOnly: named only by a role ("Moscow's embassy", "the
	// ministry"); a name given later may turn out to be it.
	roleOnly bool
	// anon: an unnamed speaker the text keeps anonymous ("who spoke on
	// condition of anonymity"), whom no later name is taken for
	anon bool
	// marked: some word of its roles is one of officeMarks ("former",
	// "shadow"), which otherOffice looks at
	marked bool
	head   string // a role-only entity's head noun: "embassy"
	gender uint8  // gMale, gFemale or 0, from honorifics, role nouns and pronouns
	para   int    // the paragraph it was first named in
	sent   int    // the sentence it was first named in
}

// knownIndex finds known actors by normalised name, alias and surname.
type knownIndex struct {
	byName    map[string]int // -1: ambiguous
	bySurname map[string]int // last word of a many-word name; -1: ambiguous
	kind      []uint8
}

func newKnownIndex(known []Actor) knownIndex {
	k := knownIndex{byName: map[string]int{}, bySurname: map[string]int{}, kind: make([]uint8, len(known))}
	add := func(m map[string]int, key string, i int) {
		if j, ok := m[key]; ok && j != i {
			m[key] = -1
			return
		}
		m[key] = i
	}
	for i, a := range known {
		switch a.Kind {
		case "":
		case "person":
			k.kind[i] = kPerson
		default:
			k.kind[i] = kBody
		}
		for _, n := range a.Names {
			key := normKey(n)
			if key == "" {
				continue
			}
			add(k.byName, key, i)
			if w := strings.Fields(key); len(w) > 1 && k.kind[i] != kBody {
				add(k.bySurname, w[len(w)-1], i)
			}
		}
	}
	return k
}

// match returns the known actor named key, or -1.
func (k *knownIndex) match(key string) int {
	if len(k.byName) == 0 {
		return -1
	}
	if i, ok := k.byName[key]; ok {
		return i
	}
	if !strings.Contains(key, " ") {
		if i, ok := k.bySurname[key]; ok {
			return i
		}
		return -1
	}
	// "ayatollah ali khamenei" is "ali khamenei" with a title.
	for rest := key; ; {
		sp := strings.IndexByte(rest, ' ')
		if sp < 0 {
			return -1
		}
		rest = rest[sp+1:]
		if i, ok := k.byName[rest]; ok && i >= 0 {
			return i
		}
	}
}

// normKey normalises a name for comparison: lower case, apostrophes and
// white space unified, a leading "the" and a possessive dropped.
func normKey(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		case r == '’':
			r = '\''
		default:
			r = unicode.ToLower(r)
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	k := strings.TrimPrefix(b.String(), "the ")
	return strings.TrimSpace(strings.TrimSuffix(k, "'s"))
}

// key returns normKey(s), memoised: the same names come up again and
// again, and normalising allocates.
func (e *engine) key(s string) string {
	if k, ok := e.keys[s]; ok {
		return k
	}
	k := normKey(s)
	e.keys[s] = k
	return k
}

// entity returns the entity a name refers to, creating it if the text
// has not named it before. kind and role are what this mention says.
func (e *engine) entity(name string, kind uint8, role string) int {
	key := e.key(name)
	if key == "" {
		return -1
	}
	i, ok := e.entBy[key]
	if !ok {
		i = e.resolveName(name, key, kind)
		e.entBy[key] = i
	} else if j := e.namedSince(i, key, kind); j >= 0 {
		i = j
	}
	en := &e.ents[i]
	if en.actor < 0 {
		if a, ok := e.known.byName[key]; ok && a >= 0 {
			if _, taken := e.byActor[a]; !taken {
				en.actor, e.byActor[a] = a, i
			}
		}
	}
	if en.kind == kUnknown {
		en.kind = kind
	}
	if role != "" {
		e.addRole(i, role)
	}
	e.seq++
	en.last = e.seq
	e.noteLast(i)
	return i
}

// namedSince returns the person whose surname is the one word name i
// was first seen as, when that person was named later: "former Trump
// campaign adviser", then "President Donald Trump", then "Trump said"
// is the president. It returns -1 when there is none.
func (e *engine) namedSince(i int, key string, kind uint8) int {
	en := &e.ents[i]
	// (and "Governor Brown Declares …" in a headline, then "Governor
	// Edmund G. Brown Jr.": a person the headline named by surname)
	headline := e.ledePara > 0 && en.para < e.ledePara
	if kind == kBody || en.kind == kPerson && !headline || len(en.nameWords) != 1 || en.actor >= 0 || strings.Contains(key, " ") {
		return -1
	}
	best := -1
	for _, j := range e.byLast[key] {
		if c := &e.ents[j]; j != i && c.kind == kPerson && !c.roleOnly && len(c.nameWords) > 1 && c.last > en.last && (best < 0 || c.last > e.ents[best].last) {
			best = j
		}
	}
	if best < 0 {
		// "Moon says …" in the headline, then "President Moon Jae-in":
		// the name the story gives, surname first
		for _, j := range e.byFirst[key] {
			if c := &e.ents[j]; j != i && c.kind == kPerson && !c.roleOnly && len(c.nameWords) == 2 && c.last > en.last && (best < 0 || c.last > e.ents[best].last) {
				best = j
			}
		}
	}
	return best
}

// misspeltSurname returns the person lately named whose surname the
// one word w misspells by a letter ("Borrel", "Borell" for "Joseph
// Borrell"), or -1. Only long names count, and only the last 200
// names are looked at, so a short name ("Jones", "Jonas") stays apart.
func (e *engine) misspeltSurname(w string) int {
	if len(w) < 6 || lexicon[w] != 0 || demonym(w) || country([]string{w}) {
		return -1 // ("Serbian" is no misspelling of "The leaders of Serbia")
	}
	for i := len(e.ents) - 1; i >= 0 && i >= len(e.ents)-200; i-- {
		en := &e.ents[i]
		if en.kind != kPerson || en.roleOnly || len(en.nameWords) < 2 {
			continue
		}
		// (the cheap tests first: this runs for every unknown word)
		if sur := en.nameWords[len(en.nameWords)-1]; len(sur) >= 6 && sur[0] == w[0] && oneEdit(sur, w) && !strings.Contains(en.name, " of ") && !strings.HasPrefix(en.name, "The ") {
			return i
		}
	}
	return -1
}

// clippedBody returns the body lately named whose name's first word w
// is the clipped form of, three to five letters of one twice as long
// ("Met" for "Metropolitan Police"), or -1.
func (e *engine) clippedBody(w string) int {
	if len(w) < 3 || len(w) > 5 || lexicon[w] != 0 {
		return -1
	}
	for i := len(e.ents) - 1; i >= 0 && i >= len(e.ents)-recentRoles; i-- {
		en := &e.ents[i]
		if en.kind == kBody && !en.roleOnly && len(en.nameWords) >= 2 && len(en.nameWords[0]) >= 2*len(w) && strings.HasPrefix(en.nameWords[0], w) {
			return i
		}
	}
	return -1
}

// oneEdit reports whether a and b differ by exactly one letter added,
// dropped or changed.
func oneEdit(a, b string) bool {
	if len(a) < len(b) {
		a, b = b, a
	}
	if len(a)-len(b) > 1 || a == b {
		return false
	}
	i := 0
	for i < len(b) && a[i] == b[i] {
		i++
	}
	if len(a) == len(b) {
		return a[i+1:] == b[i+1:]
	}
	return a[i+1:] == b[i:]
}

// resolveName finds the entity a new form of a name refers to: a known
// actor, a surname or acronym of a fuller name seen before, or a new one.
func (e *engine) resolveName(name, key string, kind uint8) int {
	words := strings.Fields(key)
	if a := e.known.match(key); a >= 0 {
		if i, ok := e.byActor[a]; ok {
			e.lengthen(i, name, words)
			return i
		}
		i := e.newEntity(name, words, kind)
		e.ents[i].actor = a
		if e.ents[i].kind == kUnknown {
			e.ents[i].kind = e.known.kind[a]
		}
		e.byActor[a] = i
		return i
	}
	best := -1
	consider := func(cands []int) {
		for _, i := range cands {
			en := &e.ents[i]
			if sameReferent(en, name, words, kind) && (best < 0 || en.last > e.ents[best].last) {
				best = i
			}
		}
	}
	last := words[len(words)-1]
	switch {
	case len(words) == 1 && allCaps(name):
		consider(recent(e.byInitials[strings.ReplaceAll(last, ".", "")])) // "U.N." for "United Nations" too
		if best < 0 {
			if i := e.titleInitials(last); i >= 0 {
				return i // "the CS" for "Cabinet Secretary Joyce Otieno"
			}
			if i := e.syllabicOf(strings.ToLower(strings.ReplaceAll(last, ".", ""))); i >= 0 {
				return i // "MARAD" for "Maritime Administration Department"
			}
		}
	case len(words) == 1:
		consider(recent(e.byLast[last]))
		if best < 0 {
			// "Lin" for "Lin Wenjie": some names put the surname first.
			for _, i := range recent(e.byFirst[last]) {
				if en := &e.ents[i]; en.kind == kPerson && (best < 0 || en.last > e.ents[best].last) {
					best = i
				}
			}
			if best >= 0 {
				return best
			}
			// "Tse" for "Raymond Tse Ka-lok": a surname inside the name
			for _, i := range recent(e.byWord[last]) {
				if en := &e.ents[i]; en.kind == kPerson && !en.roleOnly && len(en.nameWords) > 2 && slicesContains(en.nameWords[1:len(en.nameWords)-1], last) &&
					(best < 0 || en.last > e.ents[best].last) {
					best = i
				}
			}
			if best >= 0 {
				return best
			}
			if i := e.misspeltSurname(last); i >= 0 {
				return i // "Borell" for "Joseph Borrell"
			}
			if i := e.clippedBody(last); i >= 0 {
				return i // "the Met" for "the Metropolitan Police", "the Fed" for "the Federal Reserve"
			}
		}
	default:
		if first, _, _ := strings.Cut(name, " "); len(words) == 2 && allCaps(first) && len(first) <= 4 && !country(words[:1]) {
			if _, named := e.entBy[words[0]]; !named {
				// "SAC Schwein" for "Special Agent in Charge (SAC)
				// Richard D. Schwein": a title's initials and the surname
				for _, i := range recent(e.byLast[last]) {
					if en := &e.ents[i]; en.kind == kPerson && !en.roleOnly && len(en.nameWords) > 1 && (best < 0 || en.last > e.ents[best].last) {
						best = i
					}
				}
				if best >= 0 {
					return best
				}
			}
		}
		consider(recent(e.byLast[last]))
		if i, ok := e.bySingle[last]; ok {
			consider(e.bySingle1(i))
		}
		if kind == kBody {
			// "Kenya Power" in the headline, then "The Kenya Power and
			// Lighting Company": the body at its fullest
			for _, i := range recent(e.byFirst[words[0]]) {
				if en := &e.ents[i]; en.kind == kBody && len(en.nameWords) >= 2 && len(words) > len(en.nameWords)+1 && hasPrefix(words, en.nameWords) &&
					(words[len(en.nameWords)] == "and" || words[len(en.nameWords)] == "of" || words[len(en.nameWords)] == "for") {
					e.lengthen(i, name, words)
					return i
				}
			}
		}
		if best < 0 && kind == kBody {
			// "the Security Service" for "the Security Service of
			// Ukraine": a body's name without the place it is of; and
			// "Kenya Power" for "The Kenya Power and Lighting Company"
			for _, i := range recent(e.byFirst[words[0]]) {
				if en := &e.ents[i]; en.kind == kBody && len(en.nameWords) > len(words)+1 && hasPrefix(en.nameWords, words) &&
					(en.nameWords[len(words)] == "of" || en.nameWords[len(words)] == "for" || en.nameWords[len(words)] == "and") && (best < 0 || en.last > e.ents[best].last) {
					best = i
				}
			}
			if best >= 0 {
				return best
			}
		}
		if best < 0 && kind != kBody {
			// "Ms Nur Aisyah" for "Nur Aisyah binte Mohamed Yusof": the
			// given names of a longer name
			for _, i := range recent(e.byFirst[words[0]]) {
				if en := &e.ents[i]; en.kind == kPerson && len(en.nameWords) > len(words)+1 && hasPrefix(en.nameWords, words) && (best < 0 || en.last > e.ents[best].last) {
					best = i
				}
			}
			if best >= 0 && e.ledePara > 0 && e.ents[best].para < e.ledePara {
				// "Han Zhiyuan Holds Talks With …" in a headline set in
				// title case, then "Han Zhiyuan": the story's is the name
				en := &e.ents[best]
				en.name, en.nameWords = name, words
				e.byLast[last] = append(e.byLast[last], best)
			}
			if best >= 0 {
				return best
			}
			if e.ledePara > 0 && len(words) >= 2 {
				// "Minister Grant Launches Tourism Month" in a headline set
				// in title case, then "Lindsay Grant": the headline's name
				// is the surname, and the rest its words
				for _, i := range recent(e.byFirst[last]) {
					if en := &e.ents[i]; en.kind == kPerson && !en.roleOnly && en.para < e.ledePara && len(en.nameWords) >= 3 {
						en.name, en.nameWords = name, words
						e.byLast[last] = append(e.byLast[last], i)
						return i
					}
				}
			}
			// "Carrie Lam" in the headline, then "Chief Executive Carrie
			// Lam Cheng Yuet-ngor": the person at the fullest
			for _, i := range recent(e.byFirst[words[0]]) {
				if en := &e.ents[i]; en.kind == kPerson && !en.roleOnly && len(en.nameWords) >= 2 && len(words) > len(en.nameWords) && hasPrefix(words, en.nameWords) && capitalised(name) && (best < 0 || en.last > e.ents[best].last) {
					best = i
				}
			}
		}
	}
	if best >= 0 {
		e.lengthen(best, name, words)
		return best
	}
	if kind != kPerson && len(words) >= 2 {
		// "FA chairman Greg Clarke" in the headline, then "the English
		// Football Association": the short form named first is this body
		if i := e.shortFormOf(words); i >= 0 {
			en := &e.ents[i]
			en.name, en.kind = name, kBody
			e.setNameWords(i, words)
			return i
		}
	}
	return e.newEntity(name, words, kind)
}

// shortFormOf returns the entity named so far only by a short form in
// capitals that the initials of words spell, with or without a leading
// nationality, or -1.
func (e *engine) shortFormOf(words []string) int {
	for _, w := range [...][]string{words, words[min(1, len(words)-2):]} {
		if len(w) < 2 || len(w) == len(words)-1 && !demonym(words[0]) {
			continue
		}
		if i, ok := e.entBy[initials(w)]; ok && i >= 0 && allCaps(e.ents[i].name) && len(e.ents[i].nameWords) == 1 && e.ents[i].kind != kPerson && !e.ents[i].roleOnly {
			return i
		}
	}
	return -1
}

// recent returns the last of the entities a name index lists: a name
// refers to someone named in the same story, and the bound keeps a long
// text's look-ups from growing with it.
func recent(list []int) []int {
	const n = 32
	if len(list) > n {
		return list[len(list)-n:]
	}
	return list
}

// titleInitials returns the person named recently whose role's
// capitalised words end or begin with the initials ini ("CS" for "ICT
// Cabinet Secretary", "PM" for "Prime Minister", "CEC" for "Chief
// Election Commissioner Justice"), or -1.
func (e *engine) titleInitials(ini string) int {
	return e.latest(func(i int, en *entity) bool {
		if en.kind != kPerson || en.roleOnly {
			return false
		}
		for _, r := range en.roles {
			var caps []string
			for w := range strings.FieldsSeq(r) {
				if c, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(c) {
					caps = append(caps, strings.ToLower(w))
				}
			}
			if len(caps) >= len(ini) && (strings.HasSuffix(initials(caps), ini) || strings.HasPrefix(initials(caps), ini)) {
				return true
			}
		}
		return false
	})
}

// latest returns the entity, of the last few made, mentioned most
// recently of those match accepts, or -1.
func (e *engine) latest(match func(i int, en *entity) bool) int {
	best := -1
	for i := len(e.ents) - 1; i >= 0 && i >= len(e.ents)-recentRoles; i-- {
		if en := &e.ents[i]; (best < 0 || en.last > e.ents[best].last) && match(i, en) {
			best = i
		}
	}
	return best
}

// bySingle1 returns entity i as a one-element list, without allocating.
func (e *engine) bySingle1(i int) []int {
	e.one[0] = i
	return e.one[:]
}

// sameReferent reports whether a new name form refers to an entity seen
// before: "Watson" to "Adrienne Watson", "AJC" to "American Jewish
// Committee", "Foreign Ministry" to "Iranian Foreign Ministry", and "Edi
// Rama" to an earlier "Rama".
func sameReferent(en *entity, name string, words []string, kind uint8) bool {
	ew := en.nameWords
	if len(ew) == 0 || en.roleOnly {
		return false
	}
	switch {
	case len(words) == 1 && allCaps(name):
		short := strings.ReplaceAll(words[0], ".", "")
		return initials(ew) == short || len(ew) > 2 && demonym(ew[0]) && initials(ew[1:]) == short
	case len(words) == 1:
		// "Watson" for a person; for a body, a capitalised word that
		// makes bodies: "a Commission spokesperson" after "the European
		// Commission".
		body := en.kind == kBody && kind == kBody && lexicon[words[0]]&fOrg != 0 && name != "" && unicode.IsUpper(rune(name[0]))
		return len(ew) > 1 && (en.kind != kBody || body) && ew[len(ew)-1] == words[0]
	case len(ew) == 1:
		return kind != kBody && en.kind != kBody && words[len(words)-1] == ew[0]
	default:
		return hasSuffix(ew, words) || en.kind != kPerson && kind != kPerson && hasSuffix(words, ew)
	}
}

// capitalised reports whether every word of name begins with a capital.
func capitalised(name string) bool {
	for w := range strings.FieldsSeq(name) {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// lengthen makes a fuller form of an entity's name its name.
func (e *engine) lengthen(i int, name string, words []string) {
	en := &e.ents[i]
	if len(words) > len(en.nameWords) && !allCaps(name) {
		en.name = name
		e.setNameWords(i, words)
	}
}

// addRole gives entity i a role the text gives it, if it has none, and
// the role's words, so that "the spokesperson" can find it.
func (e *engine) addRole(i int, role string) {
	if e.ents[i].role == "" {
		e.ents[i].role = role
	}
	e.addRoleWords(i, role)
}

// addRoleWords makes entity i findable by the words of role without
// making it its role: "a spokesperson for the ministry" makes the
// ministry "the spokesperson".
func (e *engine) addRoleWords(i int, role string) {
	en := &e.ents[i]
	if slicesContains(en.roles, role) {
		return
	}
	en.roles = append(en.roles, role)
	words := roleFields(e.key(role))
	for _, w := range words {
		e.addWord(i, w)
	}
	en.heads = roleHeads(words, en.heads)
	if en.kind != kBody && en.gender == 0 {
		en.gender = roleGender(role)
	}
}

func (e *engine) addWord(i int, w string) {
	en := &e.ents[i]
	switch w {
	case "shadow", "former", "ex", "opposition", "deputy", "vice", "assistant", "junior": // officeMarks
		en.marked = true
	}
	if !slicesContains(en.words, w) {
		en.words = append(en.words, w)
		e.byWord[w] = append(e.byWord[w], i)
	}
}

func slicesContains(ws []string, w string) bool {
	for _, x := range ws {
		if x == w {
			return true
		}
	}
	return false
}

func (e *engine) newEntity(name string, words []string, kind uint8) int {
	e.ents = append(e.ents, entity{name: name, kind: kind, actor: -1, para: e.para, sent: e.sentNo})
	i := len(e.ents) - 1
	e.setNameWords(i, words)
	if kind != kBody && len(words) >= 2 && len(e.names) > 0 {
		// "Moon" resolved in the headline may now be "Moon Jae-in": look
		// the one word up afresh
		if f, l := strings.IndexByte(name, ' '), strings.LastIndexByte(name, ' '); f > 0 && l < len(name)-1 {
			for _, w := range [...]string{name[:f], name[l+1:]} {
				delete(e.names, w)
				delete(e.namesAtStart, w)
			}
		}
	}
	return i
}

// setNameWords records the words of entity i's name and indexes them.
func (e *engine) setNameWords(i int, words []string) {
	en := &e.ents[i]
	en.nameWords = words // a fresh slice from strings.Fields, not shared
	for _, w := range words {
		e.addWord(i, w)
	}
	last := words[len(words)-1]
	if len(words) == 1 {
		if _, ok := e.bySingle[last]; !ok {
			e.bySingle[last] = i
		}
		return
	}
	e.byLast[last] = append(e.byLast[last], i)
	if len(words) > 2 && (last == "jr." || last == "jr" || last == "sr." || last == "sr" || last == "ii" || last == "iii" || last == "iv") {
		// "Edmund G. Brown Jr.": "Brown" is the surname
		e.byLast[words[len(words)-2]] = append(e.byLast[words[len(words)-2]], i)
	}
	e.byFirst[words[0]] = append(e.byFirst[words[0]], i)
	if en.kind != kPerson {
		// acronyms name bodies: "AJC", "NCSC"
		ini := initials(words)
		e.byInitials[ini] = append(e.byInitials[ini], i)
		if len(words) > 2 && demonym(words[0]) {
			// "FA" for the "English Football Association": the short
			// form leaves out whose it is
			ini = initials(words[1:])
			e.byInitials[ini] = append(e.byInitials[ini], i)
		}
	}
}

// notPerson forgets entity i, found not to be a person, as the person
// last mentioned: the one before it is again.
func (e *engine) notPerson(i int) {
	r := e.recentPeople[:0]
	for _, j := range e.recentPeople {
		if j != i {
			r = append(r, j)
		}
	}
	e.recentPeople = r
	if e.lastPerson == i {
		e.lastPerson = -1
		if len(r) > 0 {
			e.lastPerson = r[len(r)-1]
		}
	}
	e.noteLast(i)
}

// noteLast records entity i as the latest of its kind mentioned.
func (e *engine) noteLast(i int) {
	switch e.ents[i].kind {
	case kPerson:
		e.lastPerson = i
		// the people mentioned last, most recent last, each once
		r := e.recentPeople[:0]
		for _, j := range e.recentPeople {
			if j != i {
				r = append(r, j)
			}
		}
		if len(r) == cap(e.recentPeople) && len(r) > 0 {
			r = append(r[:0], r[1:]...)
		}
		e.recentPeople = append(r, i)
	case kBody:
		e.lastBody = i
	default:
		e.lastUnknown = i
	}
}

// syllabicOf returns the body last named whose name a short form of
// four letters or more spells by the first letters of its words, two or
// more from each of two or more words in order ("MARAD": MARitime
// ADministration Department), or -1.
func (e *engine) syllabicOf(short string) int {
	if len(short) < 4 {
		return -1
	}
	for i := len(e.ents) - 1; i >= 0 && i >= len(e.ents)-recentRoles; i-- {
		if en := &e.ents[i]; en.kind == kBody && !en.roleOnly && len(en.nameWords) >= 2 && en.nameWords[0][0] == short[0] && syllables(short, en.nameWords, 0) {
			return i
		}
	}
	return -1
}

// syllables reports whether short is made of prefixes of two letters or
// more of words in order, from the first, at least two of them (words
// after the last one used may be left out).
func syllables(short string, words []string, used int) bool {
	if short == "" {
		return used >= 2
	}
	if len(words) == 0 {
		return false
	}
	w := words[0]
	for n := min(len(w), len(short)); n >= 2; n-- {
		if w[:n] == short[:n] && syllables(short[n:], words[1:], used+1) {
			return true
		}
	}
	return false
}

func initials(words []string) string {
	var b strings.Builder
	for _, w := range words {
		switch w {
		case "of", "the", "for", "and", "de", "in", "on":
			continue
		}
		for _, part := range strings.Split(w, "-") {
			for _, r := range part {
				b.WriteRune(unicode.ToLower(r))
				break
			}
		}
	}
	return b.String()
}

func hasPrefix(w, pre []string) bool {
	return len(pre) <= len(w) && slicesEqual(w[:len(pre)], pre)
}

func slicesEqual(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func hasSuffix(w, suf []string) bool {
	if len(suf) > len(w) {
		return false
	}
	off := len(w) - len(suf)
	for i, s := range suf {
		if w[off+i] != s {
			return false
		}
	}
	return true
}

// roleFields returns the words of a role's key as "the senator" and
// "the general" find them: "sen." as "sen" (but "u.s." as it is), and the
// abbreviations a hyphen joins one by one: "brig.-gen." as "brig", "gen".
func roleFields(key string) []string {
	out := make([]string, 0, 4)
	for w := range strings.FieldsSeq(key) {
		if strings.Contains(w, ".-") {
			for p := range strings.SplitSeq(w, "-") {
				out = append(out, strings.TrimSuffix(p, "."))
			}
			continue
		}
		if strings.IndexByte(w, '.') == len(w)-1 {
			w = w[:len(w)-1]
		}
		out = append(out, w)
	}
	return out
}

// roleHeads returns a role's head noun, the last word or the last before
// "of", "for", "at", "in", "from", "with" or "to" ("Minister of Foreign
// Affairs"), with the titles before it ("chief" in "chief executive"):
// the words "the minister" or "the chief" can refer to it by, where "the
// coast guard" cannot refer to a "coast guard spokesman".
func roleHeads(words, heads []string) []string {
	h := len(words) - 1
	for k, w := range words {
		if k > 0 && (w == "of" || w == "for" || w == "at" || w == "in" || w == "from" || w == "with" || w == "to") {
			h = k - 1
			break
		}
	}
	for k := 0; k <= h; k++ {
		if w := words[k]; (k == h || lexicon[w]&fTitle != 0) && !slicesContains(heads, w) {
			heads = append(heads, w)
		}
	}
	return heads
}

// recentRoles bounds how far back, in entities made, a role phrase
// looks: "the ministry" is one of the last few named, and the bound keeps
// a long text's look-ups cheap.
const recentRoles = 16

// hasWord reports whether words holds w, or w's singular or plural.
func hasWord(words []string, w string) bool {
	for _, x := range words {
		if x == w || plural(x, w) || plural(w, x) {
			return true
		}
	}
	return false
}

// plural reports whether p is s with an s added, without building it.
func plural(s, p string) bool {
	return len(p) == len(s)+1 && p[len(s)] == 's' && p[:len(s)] == s
}
