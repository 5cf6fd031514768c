package casefile

import (
	"maps"
	"slices"
)

// itemKinds lists every kind of item, in the order a case file holds
// them, each with the references its items hold (kinds.go). A reference
// that lifts a marking names a kind earlier in the list.
//
// The table is filled in by init, not by its declaration: the checks it
// names look items up in it.
var itemKinds []itemKind

// matrixRows are the rows of the hypotheses matrix: each goes with the
// item it rates, and loses its ratings of a hypothesis that goes.
var matrixRows refHolder

func init() {
	matrixRows = matrixRowList().refHolder()
	itemKinds = kindTable()
}

func kindTable() []itemKind {
	return []itemKind{
		itemOf[Source]{
			listOf: listOf[Source]{
				name: "source", list: func(c *Case) *[]Source { return &c.Sources },
				title: func(x *Source) string { return x.Title },
				deep: func(x *Source) {
					if t := x.Text; t != nil {
						text := *t // the body's string is shared: strings do not change
						x.Text = &text
					}
				},
			},
			plural: "sources", marking: func(x *Source) *Marking { return &x.Marking },
			check: (*checker).source, hit: HitSource,
			search: func(c *Case, s *Source, _ *indexing) (Hit, []string) {
				return Hit{HitSource, s.ID, s.Title, joinNonEmpty(s.Publisher, s.Date.String())},
					[]string{s.Title, s.Publisher, s.URL, s.Description}
			},
		}.kind(),

		itemOf[Actor]{
			listOf: listOf[Actor]{
				name: "actor", list: func(c *Case) *[]Actor { return &c.Actors }, makeEmpty: true,
				title: func(x *Actor) string { return x.Name },
				refs: []refOf[Actor]{
					withCheck(one(func(x *Actor) *string { return &x.Affiliation }, "affiliation", "actor"), func(k *checker, a *Actor) {
						k.ref("affiliation", a.Affiliation, "actor")
						if a.Affiliation != "" && a.Affiliation == a.ID {
							k.add("affiliation", "is the actor itself")
						}
					}),
					citations(func(x *Actor) *[]Citation { return &x.Sources }),
				},
				deep: func(x *Actor) {
					x.Aliases = cloneStrings(x.Aliases)
					x.Sources = append([]Citation(nil), x.Sources...)
				},
			},
			plural: "actors", marking: func(x *Actor) *Marking { return &x.Marking },
			check: (*checker).actor, hit: HitActor,
			search: func(c *Case, a *Actor, _ *indexing) (Hit, []string) {
				return Hit{HitActor, a.ID, a.Name, joinNonEmpty(string(a.Kind), a.Role)},
					append([]string{a.Name, a.Role, a.Description, string(a.Kind)}, a.Aliases...)
			},
		}.kind(),

		itemOf[Relation]{
			listOf: listOf[Relation]{
				name: "relation", list: func(c *Case) *[]Relation { return &c.Relations }, makeEmpty: true,
				label: func(c *Case, r *Relation) string { return c.relationName(r) },
				refs: []refOf[Relation]{
					owning(one(func(x *Relation) *string { return &x.From }, "from", "actor")),
					owning(one(func(x *Relation) *string { return &x.To }, "to", "actor")),
					citations(func(x *Relation) *[]Citation { return &x.Sources }),
				},
				deep: func(x *Relation) { x.Sources = append([]Citation(nil), x.Sources...) },
			},
			plural: "relations", marking: func(x *Relation) *Marking { return &x.Marking },
			check: (*checker).relation,
		}.kind(),

		itemOf[Statement]{
			listOf: listOf[Statement]{
				name: "statement", list: func(c *Case) *[]Statement { return &c.Statements }, makeEmpty: true,
				title: func(x *Statement) string { return x.Title },
				refs: []refOf[Statement]{
					owning(one(func(x *Statement) *string { return &x.Speaker }, "speaker", "actor")),
					many(func(x *Statement) *[]string { return &x.Addressees }, "addressees", "actor"),
					withCheck(one(func(x *Statement) *string { return &x.RespondsTo }, "responds_to", "statement"), func(k *checker, s *Statement) {
						k.ref("responds_to", s.RespondsTo, "statement")
						if s.RespondsTo != "" && s.RespondsTo == s.ID {
							k.add("responds_to", "is the statement itself")
						}
					}),
					{
						// A quote needs its source: deleting the source
						// deletes the statement; a release that withholds
						// it leaves the statement without.
						field: "source", to: []string{"source"}, owner: true,
						ids: func(x *Statement, yield func(string)) {
							if x.Source.Source != "" {
								yield(x.Source.Source)
							}
						},
						drop: func(x *Statement, gone func(string) bool) {
							if gone(x.Source.Source) {
								x.Source = Citation{}
							}
						},
						check: (*checker).statementSource,
					},
					claimedDates(func(x *Statement) *Date { return &x.Date }, func(x *Statement) *[]DateClaim { return &x.Dates }),
				},
				deep: func(x *Statement) {
					x.Addressees = cloneStrings(x.Addressees)
					x.Dates = cloneClaims(x.Dates)
				},
			},
			plural: "statements", marking: func(x *Statement) *Marking { return &x.Marking },
			check: (*checker).statement, hit: HitStatement,
			search: func(c *Case, s *Statement, ix *indexing) (Hit, []string) {
				speaker := ix.actorName(s.Speaker)
				return Hit{HitStatement, s.ID, s.Title, joinNonEmpty(speaker, s.DateText(c), firstWords(s.Quote, 12))},
					[]string{s.Title, s.Quote, s.Context, s.Channel, speaker}
			},
		}.kind(),

		itemOf[Event]{
			listOf: listOf[Event]{
				name: "event", list: func(c *Case) *[]Event { return &c.Events }, makeEmpty: true,
				title: func(x *Event) string { return x.Title },
				refs: []refOf[Event]{
					claimedDates(func(x *Event) *Date { return &x.Date }, func(x *Event) *[]DateClaim { return &x.Dates }),
					many(func(x *Event) *[]string { return &x.Actors }, "actors", "actor"),
					citations(func(x *Event) *[]Citation { return &x.Sources }),
				},
				deep: func(x *Event) {
					x.Actors = cloneStrings(x.Actors)
					x.Dates = cloneClaims(x.Dates)
					x.Sources = append([]Citation(nil), x.Sources...)
				},
			},
			plural: "events", marking: func(x *Event) *Marking { return &x.Marking },
			check: (*checker).event, hit: HitEvent,
			search: func(c *Case, e *Event, _ *indexing) (Hit, []string) {
				return Hit{HitEvent, e.ID, e.Title, joinNonEmpty(e.DateText(c), firstWords(e.Description, 12))},
					[]string{e.Title, e.Description}
			},
		}.kind(),

		itemOf[Note]{
			listOf: listOf[Note]{
				name: "note", list: func(c *Case) *[]Note { return &c.Notes },
				label: func(c *Case, n *Note) string { return firstWords(n.Body, 6) },
				refs: []refOf[Note]{{
					// A note goes with what it annotates, and is never less
					// restricted (it comes after the statements, which are
					// lifted by then).
					field: "target", to: []string{"actor", "statement", "event"}, owner: true, lifts: true,
					ids: func(x *Note, yield func(string)) {
						if x.Target.Kind != OnCase && x.Target.ID != "" {
							yield(x.Target.ID)
						}
					},
					drop:  func(x *Note, gone func(string) bool) {}, // it goes with what it annotates
					check: (*checker).noteTarget,
				}},
			},
			plural: "notes", marking: func(x *Note) *Marking { return &x.Marking },
			check: (*checker).note, hit: HitNote,
			search: func(c *Case, n *Note, _ *indexing) (Hit, []string) {
				return Hit{HitNote, n.ID, firstWords(n.Body, 8), "on " + c.TargetName(n.Target)}, []string{n.Body, n.Author}
			},
		}.kind(),

		itemOf[Judgment]{
			listOf: listOf[Judgment]{
				name: "judgment", list: func(c *Case) *[]Judgment { return &c.Judgments },
				title: func(x *Judgment) string { return firstWords(x.Text, 8) },
				refs:  judgmentEvidence(),
				deep:  func(x *Judgment) { x.Evidence = append([]EvidenceLink(nil), x.Evidence...) },
			},
			plural: "judgments", marking: func(x *Judgment) *Marking { return &x.Marking },
			check: (*checker).judgment, hit: HitJudgment,
			search: func(c *Case, j *Judgment, _ *indexing) (Hit, []string) {
				return Hit{HitJudgment, j.ID, firstWords(j.Text, 12), joinNonEmpty(j.Likelihood.Words(), j.Confidence.Words())},
					[]string{j.Text, j.Basis, string(j.Likelihood)}
			},
		}.kind(),

		itemOf[Hypothesis]{
			listOf: listOf[Hypothesis]{
				name: "hypothesis", list: func(c *Case) *[]Hypothesis { return &c.Hypotheses },
				title: func(x *Hypothesis) string { return firstWords(x.Text, 8) },
			},
			plural: "hypotheses", marking: func(x *Hypothesis) *Marking { return &x.Marking },
			check: (*checker).hypothesis, hit: HitHypothesis,
			search: func(c *Case, h *Hypothesis, _ *indexing) (Hit, []string) {
				return Hit{HitHypothesis, h.ID, firstWords(h.Text, 12), "hypothesis"}, []string{h.Text}
			},
		}.kind(),
	}
}

// judgmentEvidence is a judgment's reference to the evidence it cites. A
// release drops the links to what it withholds, and counts them.
func judgmentEvidence() []refOf[Judgment] {
	return []refOf[Judgment]{{
		field: "evidence", to: evidenceKindNames,
		ids: func(x *Judgment, yield func(string)) {
			for _, l := range x.Evidence {
				yield(l.Item)
			}
		},
		drop: func(x *Judgment, gone func(string) bool) {
			if slices.ContainsFunc(x.Evidence, func(l EvidenceLink) bool { return gone(l.Item) }) {
				x.Evidence = slices.DeleteFunc(slices.Clone(x.Evidence), func(l EvidenceLink) bool { return gone(l.Item) })
				if len(x.Evidence) == 0 {
					x.Evidence = nil
				}
			}
		},
		release: func(x *Judgment, gone func(string) bool) {
			n := len(x.Evidence)
			x.Evidence = slices.DeleteFunc(slices.Clone(x.Evidence), func(l EvidenceLink) bool { return gone(l.Item) })
			if len(x.Evidence) == 0 {
				x.Evidence = nil
			}
			x.WithheldEvidence += n - len(x.Evidence)
		},
		check: func(k *checker, j *Judgment) { k.evidenceLinks(j.Evidence) },
	}}
}

func matrixRowList() listOf[MatrixRow] {
	return listOf[MatrixRow]{
		name: "matrix row", list: func(c *Case) *[]MatrixRow { return &c.Matrix },
		label: func(c *Case, r *MatrixRow) string { return c.EvidenceName(r.Item) },
		refs: []refOf[MatrixRow]{
			{
				field: "matrix", to: evidenceKindNames, owner: true,
				ids: func(x *MatrixRow, yield func(string)) {
					if x.Item != "" {
						yield(x.Item)
					}
				},
				drop:  func(x *MatrixRow, gone func(string) bool) {}, // it goes with its item
				check: func(k *checker, x *MatrixRow) {},             // (*checker).matrix checks the rows together
			},
			{
				field: "matrix", to: []string{"hypothesis"},
				ids: func(x *MatrixRow, yield func(string)) {
					for _, h := range slices.Sorted(maps.Keys(x.Ratings)) {
						yield(h)
					}
				},
				drop: func(x *MatrixRow, gone func(string) bool) {
					var kept map[string]Rating
					for h, r := range x.Ratings {
						if !gone(h) {
							if kept == nil {
								kept = map[string]Rating{}
							}
							kept[h] = r
						}
					}
					x.Ratings = kept // a new map: the old may be shared (Clone)
				},
				check: func(k *checker, x *MatrixRow) {},
			},
		},
	}
}

// one is a ref of a field holding one id of an item of kind to.
func one[T any](field func(x *T) *string, name, to string) refOf[T] {
	ids, drop := oneID(field)
	return refOf[T]{field: name, to: []string{to}, ids: ids, drop: drop}
}

// many is a ref of a field holding a list of ids of items of kind to.
func many[T any](field func(x *T) *[]string, name, to string) refOf[T] {
	ids, drop := manyIDs(field)
	return refOf[T]{field: name, to: []string{to}, ids: ids, drop: drop}
}

// owning makes r a reference its item cannot be without, which lifts its
// marking in a release: a relation's actors, a statement's speaker.
func owning[T any](r refOf[T]) refOf[T] {
	r.owner, r.lifts = true, true
	return r
}

func withCheck[T any](r refOf[T], check func(k *checker, x *T)) refOf[T] {
	r.check = check
	return r
}

// indexing is what building a search index keeps while it walks the kinds.
type indexing struct {
	c     *Case
	names map[string]string // actor id -> name, made when first needed
}

func (ix *indexing) actorName(id string) string {
	if ix.names == nil {
		ix.names = make(map[string]string, len(ix.c.Actors))
		for _, a := range ix.c.Actors {
			ix.names[a.ID] = a.Name
		}
	}
	return ix.names[id]
}
