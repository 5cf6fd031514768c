package casefile

import "time"

// ActorKind says what sort of actor an Actor is.
type ActorKind string

// Actor kinds.
const (
	KindState          ActorKind = "state"
	KindPerson         ActorKind = "person"
	KindOrganisation   ActorKind = "organisation"
	KindGovernmentBody ActorKind = "government body"
	KindGroup          ActorKind = "group"
)

// ActorKinds lists the kinds in the order lists group them.
var ActorKinds = []ActorKind{KindState, KindGovernmentBody, KindPerson, KindOrganisation, KindGroup}

// RelationType names how one actor stands to another. The vocabulary is open;
// RelationTypes lists the common ones a form offers.
type RelationType string

// Common relation types, read "From <type> To".
const (
	RelLeads               RelationType = "leads"
	RelMemberOf            RelationType = "member of"
	RelPartOf              RelationType = "part of"
	RelSpokespersonFor     RelationType = "spokesperson for"
	RelBasedIn             RelationType = "based in"
	RelHosts               RelationType = "hosts"
	RelAllyOf              RelationType = "ally of"
	RelSupports            RelationType = "supports"
	RelOpposes             RelationType = "opposes"
	RelAccuses             RelationType = "accuses"
	RelDesignatesTerrorist RelationType = "designates as terrorist"
	RelAttacked            RelationType = "attacked"
	RelMetWith             RelationType = "met with"
	RelCutTiesWith         RelationType = "cut ties with"
)

// RelationTypes lists the common relation types.
var RelationTypes = []RelationType{RelLeads, RelMemberOf, RelPartOf, RelSpokespersonFor, RelBasedIn, RelHosts,
	RelAllyOf, RelSupports, RelOpposes, RelAccuses, RelDesignatesTerrorist, RelAttacked, RelMetWith, RelCutTiesWith}

// Case is one incident's case file.
type Case struct {
	ID       string    `json:"id"`
	Title    string    `json:"title"`
	Summary  string    `json:"summary"` // the bottom line up front
	Analyst  string    `json:"analyst"`
	Created  time.Time `json:"created"`
	Modified time.Time `json:"modified"`
	Marking  Marking   `json:"marking"`
	// The title line (title and tags) and the summary are portions of
	// their own: marked, they may be less restricted than the case.
	TitleMarking   Marking  `json:"title_marking,omitempty"`
	SummaryMarking Marking  `json:"summary_marking,omitempty"`
	Tags           []string `json:"tags"`
	// Release is set on a releasable copy (see Release): what it was
	// released at and what was withheld. A case being worked on has none.
	Release *ReleaseInfo `json:"release,omitempty"`

	Sources    []Source    `json:"sources"`
	Actors     []Actor     `json:"actors"`
	Relations  []Relation  `json:"relations"`
	Statements []Statement `json:"statements"`
	Events     []Event     `json:"events"`
	Notes      []Note      `json:"notes"`

	// The analyst's assessment: key judgments, the most important first
	// (judgment.go), and competing hypotheses with the evidence rated
	// against them (hypothesis.go).
	Judgments  []Judgment   `json:"judgments,omitempty"`
	Hypotheses []Hypothesis `json:"hypotheses,omitempty"`
	Matrix     []MatrixRow  `json:"matrix,omitempty"`

	Kept []RawObject `json:"kept,omitempty"` // STIX objects an import had no equivalent for, verbatim (kept.go)

	Exports []ExportRecord `json:"exports,omitempty"` // every export written from the case (exportlog.go)

	Conflicts []Conflict `json:"conflicts,omitempty"` // a merge's unresolved conflicts, each with both versions (conflict.go)
}

// Citation points at a source, optionally at a place in it: a locator in
// words ("para. 3") and, when the source holds its text, the exact span.
type Citation struct {
	Source  string `json:"source"`
	Locator string `json:"locator,omitempty"`
	Span    Span   `json:"span,omitzero"`
}

// Span is a passage of a source's text: the characters (Unicode code
// points, counted from 0) from Start up to but not including End.
// The zero Span means none.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// IsZero reports whether the span is none.
func (s Span) IsZero() bool { return s == Span{} }

// Source is a document the case draws on.
type Source struct {
	ID          string      `json:"id"`
	Title       string      `json:"title"`
	Publisher   string      `json:"publisher,omitempty"`
	Date        Date        `json:"date"`
	URL         string      `json:"url,omitempty"`
	Reliability Reliability `json:"reliability,omitempty"`
	Description string      `json:"description,omitempty"`
	Marking     Marking     `json:"marking,omitempty"`
	Text        *SourceText `json:"text,omitempty"`
}

// SourceText is a source's full text, kept inside the case so that a case
// stays one file to share, with where it came from and a SHA-256 that
// lets a later reader tell it is the text imported.
type SourceText struct {
	Body     string    `json:"body"`
	Origin   string    `json:"origin,omitempty"` // the file name or URL the analyst gave
	Format   string    `json:"format,omitempty"` // "txt", "md", "html", "pdf" or "paste"
	Imported time.Time `json:"imported,omitempty"`
	SHA256   string    `json:"sha256"` // hex SHA-256 of Body's UTF-8 bytes
}

// Actor is a state, person, organisation, government body or group.
type Actor struct {
	ID          string     `json:"id"`
	Name        string     `json:"name"`
	Kind        ActorKind  `json:"kind"`
	Role        string     `json:"role,omitempty"`        // "Prime Minister of Albania"
	Affiliation string     `json:"affiliation,omitempty"` // another actor's id
	Aliases     []string   `json:"aliases,omitempty"`
	Description string     `json:"description,omitempty"`
	Sources     []Citation `json:"sources"`
	Marking     Marking    `json:"marking,omitempty"`
	Chart       *ChartPos  `json:"chart,omitempty"` // where the analyst placed it on the link chart; nil: the layout places it
}

// Relation is a directed link between two actors: From <Type> To.
type Relation struct {
	ID          string       `json:"id"`
	From        string       `json:"from"`
	To          string       `json:"to"`
	Type        RelationType `json:"type"`
	Start       Date         `json:"start"`
	End         Date         `json:"end"`
	Description string       `json:"description,omitempty"`
	Inferred    bool         `json:"inferred,omitempty"` // the analyst's inference, not stated by the sources
	Sources     []Citation   `json:"sources"`
	Marking     Marking      `json:"marking,omitempty"`
}

// Statement is something an actor said, quoted verbatim.
type Statement struct {
	ID      string `json:"id"`
	Title   string `json:"title"` // a short label: "Rama on proportionality"
	Speaker string `json:"speaker"`
	Quote   string `json:"quote"`             // verbatim, every character as the source has it
	Context string `json:"context,omitempty"` // paraphrase or context line
	Date    Date   `json:"date"`
	// Dates are the dates its sources give when they differ, each with
	// the source that gives it; Date is then empty (see DateClaim).
	Dates      []DateClaim `json:"dates,omitempty"`
	Channel    string      `json:"channel,omitempty"` // "statement", "White House statement", "hajj message"
	Addressees []string    `json:"addressees,omitempty"`
	RespondsTo string      `json:"responds_to,omitempty"`
	Source     Citation    `json:"source"`
	Grading    Grading     `json:"grading"`
	Marking    Marking     `json:"marking,omitempty"`
}

// Event is a dated background fact.
type Event struct {
	ID          string `json:"id"`
	Title       string `json:"title"`
	Description string `json:"description,omitempty"`
	Date        Date   `json:"date"`
	// Dates are the dates its sources give when they differ, each with
	// the source that gives it; Date is then empty (see DateClaim).
	Dates    []DateClaim `json:"dates,omitempty"`
	Actors   []string    `json:"actors,omitempty"`
	Inferred bool        `json:"inferred,omitempty"` // the analyst's inference, not stated by the sources
	Sources  []Citation  `json:"sources"`
	Grading  Grading     `json:"grading"`
	Marking  Marking     `json:"marking,omitempty"`
}

// TargetKind names the kind of item a note is attached to.
type TargetKind string

// Note targets.
const (
	OnCase      TargetKind = "case"
	OnActor     TargetKind = "actor"
	OnStatement TargetKind = "statement"
	OnEvent     TargetKind = "event"
)

// Target is what a note annotates. For OnCase the ID is empty.
type Target struct {
	Kind TargetKind `json:"kind"`
	ID   string     `json:"id,omitempty"`
}

// Note is the analyst's Markdown annotation on the case or one of its items.
type Note struct {
	ID       string    `json:"id"`
	Target   Target    `json:"target"`
	Body     string    `json:"body"` // Markdown
	Author   string    `json:"author,omitempty"`
	Created  time.Time `json:"created"`
	Modified time.Time `json:"modified"`
	Marking  Marking   `json:"marking,omitempty"`
}

// EffectiveMarking is an item's own marking or, when it has none, the case's.
func (c *Case) EffectiveMarking(m Marking) Marking {
	if m == "" {
		return c.Marking
	}
	return m
}
