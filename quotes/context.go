package quotes

import "strings"

// channelNear returns the channel phrase of sentence s nearest token at:
// "in a statement", "on Twitter", "in a video message".
func (e *engine) channelNear(s span, at int) string {
	best, bestDist := "", 1<<30
	for k := s.a; k < s.b; k++ {
		t := &e.toks[k]
		if t.kind != tWord || t.fl&fPrep == 0 || !e.wordIn(t, "in", "on", "at", "during", "via", "through", "over") {
			continue
		}
		if end := e.channelAt(k, s.b); end > k {
			if d := distance(k, end, at); d < bestDist {
				best, bestDist = e.phraseText(k, end), d
			}
			k = end - 1
		}
	}
	return best
}

// channelAt returns the end of a channel phrase starting with the
// preposition at token k, or k.
func (e *engine) channelAt(k, hi int) int {
	j := k + 1
	if j >= hi || e.toks[j].kind != tWord {
		return k
	}
	if e.toks[j].fl&fPlatform != 0 && !strings.EqualFold(e.str(&e.toks[k]), "in") {
		end := j + 1
		for end < hi && end < j+3 && e.toks[end].is(fPlatform) {
			end++
		}
		return end
	}
	if j+1 < hi && e.toks[j].lower() && e.toks[j].fl&fFunc == 0 && e.toks[j+1].is(fPlatform) && e.toks[j+1].fl&fChannel == 0 {
		return j + 2 // on state television, on social media
	}
	limit := 2
	if e.toks[j].is(fDet) {
		j++
		limit = 5
	}
	for n := 0; j < hi && n < limit; j, n = j+1, n+1 {
		u := &e.toks[j]
		if u.kind != tWord || u.fl&(fVerb|fPart) != 0 && u.fl&fChannel == 0 || u.lower() && u.fl&fFunc != 0 {
			return k
		}
		if u.fl&fChannel != 0 && (u.lower() || u.sh&sPoss == 0) {
			end := j + 1
			for end < hi && e.toks[end].lower() && e.toks[end].fl&fChannel != 0 {
				end++ // "a video message", "a news conference"
			}
			// "in a post on X"
			if end+1 < hi && strings.EqualFold(e.str(&e.toks[end]), "on") && e.toks[end+1].is(fPlatform) {
				end += 2
			}
			return end
		}
	}
	return k
}

// dateNear returns the date words of sentence s nearest token at: "on
// Wednesday", "last week", "In July", "on Sept. 7".
func (e *engine) dateNear(s span, at int) string {
	best, bestDist := "", 1<<30
	for k := s.a; k < s.b; k++ {
		if end := e.dateAt(k, s.b); end > k {
			if d := distance(k, end, at); d < bestDist {
				best, bestDist = e.phraseText(k, end), d
			}
			k = end - 1
		}
	}
	return best
}

// dateAt returns the end of date words starting at token k, or k.
func (e *engine) dateAt(k, hi int) int {
	t := &e.toks[k]
	if t.kind != tWord {
		return k
	}
	w := e.str(t)
	day := func(j int) bool { return j < hi && e.toks[j].cap() && e.toks[j].fl&fWeekday != 0 }
	month := func(j int) bool { return j < hi && e.toks[j].cap() && e.toks[j].fl&fMonth != 0 }
	digit := func(j int) bool { return j < hi && e.toks[j].sh&sDigit != 0 }
	timeNoun := func(j int) bool { return j < hi && e.toks[j].lower() && e.toks[j].fl&fTimeNoun != 0 }
	// the rest of a date after a weekday or month at j
	tail := func(j int) int {
		switch {
		case day(j):
			j++
			if timeNoun(j) {
				j++
			}
		case month(j):
			j++
			for n := 0; n < 2 && (digit(j) || j < hi && e.toks[j].punct(',') && digit(j+1)); n++ {
				if e.toks[j].punct(',') {
					j++
				}
				j++
			}
		case digit(j) && month(j+1):
			j += 2
			if digit(j) {
				j++
			}
		}
		return j
	}
	switch {
	case strings.EqualFold(w, "on"):
		if end := tail(k + 1); end > k+1 {
			return end
		}
	case strings.EqualFold(w, "in"):
		if month(k + 1) {
			return tail(k + 1)
		}
		if digit(k+1) && len(e.str(&e.toks[k+1])) == 4 {
			return k + 2
		}
	case e.wordIn(t, "yesterday", "today", "tonight"):
		return k + 1
	case t.fl&fTimeMod != 0:
		j := k + 1
		for j < hi && j < k+3 && (e.toks[j].is(fTimeMod) || strings.EqualFold(e.str(&e.toks[j]), "on")) {
			j++
		}
		if timeNoun(j) {
			return j + 1
		}
		if end := tail(j); end > j {
			return end
		}
	case day(k) || month(k) && digit(k+1):
		return tail(k)
	}
	return k
}

// distance is how far the phrase [a,b) is from token at.
func distance(a, b, at int) int {
	switch {
	case at < a:
		return a - at
	case at >= b:
		return at - b + 1
	}
	return 0
}
