package quotes

// resolvePronoun says whom pronoun t, at token at, refers to: for "he"
// and "she" the subject of this or the last sentence if a person,
// else the last person named (gender is not known, so any person); for
// "it" likewise a body; for "who" the name just before.
func (e *engine) resolvePronoun(t *token, at int) attribution {
	subjects := [...]attribution{noOne, e.prevSubj}
	if e.curSubj.ok() && e.curSubjTok < at {
		subjects[0] = e.curSubj
	}
	var want uint8
	switch {
	case t.fl&fPronRel != 0:
		for k := len(e.smen) - 1; k >= 0; k-- {
			if e.smen[k].tok < at {
				i := e.smen[k].ent
				return attribution{ent: i, kind: e.ents[i].kind}
			}
		}
		if e.prevSubj.ok() {
			return e.prevSubj
		}
		return attribution{ent: -1, anon: true}
	case t.fl&fPronPlural != 0:
		for _, s := range subjects {
			if s.ok() {
				return s
			}
		}
		if w := e.lastOf(kBody); w.ok() {
			return w
		}
		return attribution{ent: -1, anon: true}
	case t.fl&fPronPerson != 0:
		want = kPerson
	default:
		want = kBody
	}
	for _, s := range subjects {
		if s.ok() && (s.kind == want || s.kind == kUnknown) {
			return s
		}
	}
	for k := len(e.smen) - 1; k >= 0; k-- {
		if m := e.smen[k]; m.tok < at && e.ents[m.ent].kind == want {
			return attribution{ent: m.ent, kind: want}
		}
	}
	if w := e.lastOf(want); w.ok() {
		return w
	}
	if w := e.lastOf(kUnknown); w.ok() {
		return w
	}
	return attribution{ent: -1, anon: true}
}

// lastOf returns the entity of kind k named last.
func (e *engine) lastOf(k uint8) attribution {
	i := e.lastUnknown
	switch k {
	case kPerson:
		i = e.lastPerson
	case kBody:
		i = e.lastBody
	}
	if i < 0 {
		return noOne
	}
	return attribution{ent: i, kind: k}
}
