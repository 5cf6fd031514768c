package casefile

// idKinds is the set of kinds of the items that share one id, a bit for
// each entry of itemKinds. An id is meant to name one item, but a file may
// give two items of different kinds the same id; the checker then reports
// the duplicate once, and a reference to either item still finds it rather
// than being reported as missing too.
type idKinds uint16

// idKind is the bit of a kind ("actor"), or 0 for no kind of item.
func idKind(kind string) idKinds {
	for i := range itemKinds {
		if itemKinds[i].name == kind {
			return 1 << i
		}
	}
	return 0
}

// has reports whether an item of the kind is among the set.
func (s idKinds) has(kind string) bool { return s&idKind(kind) != 0 }

// hasItem reports whether the case has an item of the kind with the id. It
// scans only that kind's list, which is what a one-item check (an edit)
// wants of the one or two references an item has.
func (c *Case) hasItem(kind, id string) bool {
	k := kindNamed(kind)
	if k == nil {
		return false
	}
	for i, n := 0, k.count(c); i < n; i++ {
		if k.id(c, i) == id {
			return true
		}
	}
	return false
}
