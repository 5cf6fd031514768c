package stix

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"

	"github.com/casefile/casefile/casefile"
)

// MaxBundleSize is the largest bundle Import reads: as large as a case
// file may be (a case of 10,000 statements makes a bundle of about 20 MB).
const MaxBundleSize = casefile.MaxFileSize

// Options adjust an import.
type Options struct {
	// Name is the bundle's file name, for messages and for the title of a
	// case made of a bundle that holds no report.
	Name string
	// Progress, when set, is told how many of the bundle's objects have
	// been read; it may be called from other goroutines, one call at a
	// time.
	Progress func(done, total int)
	// Context, when set, stops the import when it is done.
	Context context.Context
}

// Error is why a bundle was not imported: nothing was, no case was made
// and the case to add to is unchanged.
type Error struct {
	Name string
	Err  error
}

func (e *Error) Error() string {
	name := e.Name
	if name == "" {
		name = "the bundle"
	}
	return fmt.Sprintf("cannot import %s: %v; nothing was imported", name, e.Err)
}

func (e *Error) Unwrap() error { return e.Err }

// Import makes a case of a STIX 2.1 bundle or, when into is not nil,
// returns a copy of into with the bundle's content added (into itself is
// not changed). The report says what was mapped and kept. A bundle that
// cannot be imported whole is refused with an *Error: there is no half-made
// case.
func Import(data []byte, into *casefile.Case) (*casefile.Case, Report, error) {
	return ImportWith(data, into, Options{})
}

// ImportWith is Import with options.
func ImportWith(data []byte, into *casefile.Case, opt Options) (*casefile.Case, Report, error) {
	if opt.Context == nil {
		opt.Context = context.Background()
	}
	im := &importer{opt: opt, into: into, report: Report{Name: opt.Name, Mapped: map[string]int{}, Kept: map[string]int{}, Present: map[string]int{}}}
	c, err := im.run(data)
	if err != nil {
		return nil, Report{}, &Error{Name: opt.Name, Err: err}
	}
	return c, im.report, nil
}

// parsed is an object of the bundle, decoded.
type parsed struct {
	o   object
	raw []byte // its bytes in the bundle
	ext string // the Casefile extension's entry it carries, or ""

	// For an object the fast path read, until decodeItems decodes it:
	// the kind and JSON of its extension's item, and the kinds it names.
	itemKind string
	itemRaw  []byte
	items    []string
}

type importer struct {
	opt    Options
	into   *casefile.Case
	report Report
	data   []byte

	objs []*parsed
	byID map[string]*parsed
	defs map[string]casefile.Marking // TLP labels the bundle's marking definitions define
}

func (im *importer) run(data []byte) (*casefile.Case, error) {
	if len(data) > MaxBundleSize {
		return nil, fmt.Errorf("the bundle is %s, more than the %s Casefile imports (a case of 10,000 statements makes a bundle of about 20 MB); split it into smaller bundles",
			megabytes(int64(len(data))), megabytes(MaxBundleSize))
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	im.data = data
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, errors.New("the file is empty")
	}
	if !utf8.Valid(data) {
		return nil, fmt.Errorf("the file is not UTF-8 text (first bad byte at %s); a STIX bundle is JSON, in UTF-8", position(data, invalidUTF8At(data)))
	}
	props, raws, err := splitBundle(data)
	if err != nil {
		return nil, notJSON(data, err)
	}
	if raws, err = im.envelope(props, raws); err != nil {
		return nil, err
	}
	if err := im.decode(raws); err != nil {
		return nil, err
	}
	if err := im.opt.Context.Err(); err != nil {
		return nil, err
	}
	if err := im.checkObjects(); err != nil {
		return nil, err
	}
	c, err := im.build()
	if err != nil {
		return nil, err
	}
	if err := im.opt.Context.Err(); err != nil {
		return nil, err
	}
	return c, nil
}

func megabytes(n int64) string { return fmt.Sprintf("%.1f MB", float64(n)/(1<<20)) }

func invalidUTF8At(data []byte) int {
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return len(data)
}

// notJSON explains why the splitter could not read the file, in
// encoding/json's words with the place when the JSON is damaged.
func notJSON(data []byte, err error) error {
	var v any
	jerr := json.Unmarshal(data, &v)
	var syn *json.SyntaxError
	switch {
	case errors.As(jerr, &syn):
		return fmt.Errorf("the file is not JSON: %v, at %s", syn, position(data, int(syn.Offset)))
	case jerr != nil:
		return fmt.Errorf("the file is not JSON: %v", jerr)
	case errors.Is(err, errNotObject):
		return fmt.Errorf("the file is JSON, but a %s, not a STIX bundle (an object whose type is \"bundle\")", jsonKind(v))
	}
	return fmt.Errorf("the file is not a readable STIX bundle: %w", err)
}

func jsonKind(v any) string {
	switch v.(type) {
	case []any:
		return "list"
	case string:
		return "string"
	case float64:
		return "number"
	case bool:
		return "true or false"
	case nil:
		return "null"
	}
	return "object"
}

// envelope checks the bundle's own properties and returns its objects. A
// file holding one STIX object, not in a bundle, is read as a bundle of
// one, as OASIS's small examples are.
func (im *importer) envelope(props map[string]json.RawMessage, raws [][]byte) ([][]byte, error) {
	var typ, id, spec, format string
	_ = json.Unmarshal(props["type"], &typ)
	_ = json.Unmarshal(props["id"], &id)
	_ = json.Unmarshal(props["spec_version"], &spec)
	_ = json.Unmarshal(props["format"], &format)
	switch {
	case format == casefile.FormatName:
		return nil, errors.New("the file is a Casefile case file, not a STIX bundle; open it with File ▸ Open (or check it with casefile validate)")
	case typ == "bundle" && spec == "2.0":
		return nil, errStix20
	case typ == "bundle":
		if _, ok := props["objects"]; !ok || len(raws) == 0 {
			return nil, errors.New("the bundle holds no objects")
		}
		if !bundleID(id) {
			im.report.note("The bundle's id %q is not a STIX bundle id; the objects were read all the same.", clip(id, 80))
		}
		return raws, nil
	case typ != "" && casefile.STIXType(id) == typ:
		im.report.note("The file holds one STIX object, %s, not a bundle; it was read as a bundle of one.", id)
		return [][]byte{im.data}, nil
	case typ != "":
		return nil, fmt.Errorf("the file is JSON, but its type is %q, not \"bundle\"; it is not a STIX bundle", clip(typ, 80))
	}
	return nil, errors.New(`the file is JSON, but not a STIX bundle: it has no "type": "bundle"`)
}

var errStix20 = errors.New("the bundle is STIX 2.0, and Casefile imports STIX 2.1. Convert it first, " +
	"for example with OASIS's stix2-elevator (pip install stix2-elevator; stix2_elevator bundle.json > bundle21.json), " +
	"and import the result")

func bundleID(id string) bool {
	rest, ok := strings.CutPrefix(id, "bundle--")
	return ok && casefile.STIXType("xxx--"+rest) == "xxx"
}

// decode decodes every object, in parallel: the objects of Casefile's by
// hand (fastParse), then their items by kind, a batch of each to
// encoding/json at once (decodeItems); the others by encoding/json.
func (im *importer) decode(raws [][]byte) error {
	total := len(raws)
	im.report.Objects = total
	objs := make([]*parsed, total)
	all := make([]parsed, total) // one allocation, not one an object
	errs := make([]error, total)
	// Each object counts twice: read, then its item decoded (or, with
	// none to decode, twice when read).
	// The decoders report as they finish, one call at a time: a caller's
	// callback need not be safe for concurrent use, and sees the count
	// only grow.
	var mu sync.Mutex
	done := 0
	progress := func(n int) {
		if im.opt.Progress == nil {
			return
		}
		mu.Lock()
		defer mu.Unlock()
		done += n
		im.opt.Progress(min(total, done/2), total)
	}
	ctx := im.opt.Context
	parallel(total, 512, func(lo, hi int) {
		seen := make(map[string]string, 64)
		units := 0
		defer func() { progress(units) }()
		for i := lo; i < hi; i++ {
			units += 2
			if ctx.Err() != nil {
				return
			}
			p := &all[i]
			p.raw = raws[i]
			objs[i] = p
			if len(raws[i]) == 0 || raws[i][0] != '{' {
				errs[i] = fmt.Errorf("object %d of the bundle is not a JSON object", i+1)
				continue
			}
			if fastParse(raws[i], &p.o, p, seen) == nil {
				p.ext = fastKind(p)
				if p.itemRaw != nil {
					units-- // the other half when decodeItems decodes it
				}
				continue
			}
			*p = parsed{raw: raws[i]}
			if err := json.Unmarshal(raws[i], &p.o); err != nil {
				errs[i] = im.objectError(i, raws[i], err)
				continue
			}
			p.ext = p.o.Extensions.Casefile.kind(p.o.Type)
		}
	})
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := errors.Join(firstErrors(errs, 5)...); err != nil {
		return err
	}
	if err := im.decodeItems(objs, progress); err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if im.opt.Progress != nil {
		im.opt.Progress(total, total)
	}
	im.objs = objs
	return nil
}

// parallel runs work on the ranges [lo, hi) of n, in chunks of about
// chunk, on as many goroutines as there are processors.
func parallel(n, chunk int, work func(lo, hi int)) {
	workers := min(runtime.GOMAXPROCS(0), max(1, n/chunk))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for {
				lo := int(next.Add(int64(chunk))) - chunk
				if lo >= n {
					return
				}
				work(lo, min(n, lo+chunk))
			}
		})
	}
	wg.Wait()
}

// fastKind is the extension's entry of an object the fast path read, as
// casefileExt.kind says it of one decoded whole.
func fastKind(p *parsed) string {
	e := p.o.Extensions.Casefile
	n := len(p.items)
	if e.PartOf != nil {
		n++
	}
	if n != 1 {
		return ""
	}
	if e.PartOf != nil {
		return extPartOf
	}
	if !fits(p.itemKind, p.o.Type) {
		return ""
	}
	return p.itemKind
}

// decodeItems decodes the items of the objects the fast path read, the
// items of each kind a batch at a time, as one JSON list: encoding/json
// then finds each type's fields once per batch rather than once an item.
// progress is told how many it decoded, as they are.
func (im *importer) decodeItems(objs []*parsed, progress func(n int)) error {
	groups := map[string][]*parsed{}
	for _, p := range objs {
		if p.itemRaw != nil {
			groups[p.itemKind] = append(groups[p.itemKind], p)
		}
	}
	type batch struct {
		kind string
		ps   []*parsed
	}
	var batches []batch
	for _, kind := range sortedKeys(groups) {
		g := groups[kind]
		for lo := 0; lo < len(g); lo += 1024 {
			batches = append(batches, batch{kind, g[lo:min(len(g), lo+1024)]})
		}
	}
	errs := make([]error, len(batches))
	parallel(len(batches), 1, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			b := batches[i]
			var err error
			switch b.kind {
			case extCase:
				err = decodeBatch(b.ps, func(e *casefileExt, x *casefile.Case) { e.Case = x })
			case extActor:
				err = decodeBatch(b.ps, func(e *casefileExt, x *casefile.Actor) { e.Actor = x })
			case extRelation:
				err = decodeBatch(b.ps, func(e *casefileExt, x *casefile.Relation) { e.Relation = x })
			case extStatement:
				err = decodeBatch(b.ps, func(e *casefileExt, x *casefile.Statement) { e.Statement = x })
			case extEvent:
				err = decodeBatch(b.ps, func(e *casefileExt, x *casefile.Event) { e.Event = x })
			case extNote:
				err = decodeBatch(b.ps, func(e *casefileExt, x *casefile.Note) { e.Note = x })
			}
			errs[i] = err
			progress(len(b.ps))
		}
	})
	for i, err := range errs {
		if err == nil {
			continue
		}
		// Find the object whose item encoding/json refuses, and say so
		// as it would of that object alone.
		for _, p := range batches[i].ps {
			var o object
			if err := json.Unmarshal(p.raw, &o); err != nil {
				return im.objectError(objectIndex(objs, p), p.raw, err)
			}
		}
		return err
	}
	return nil
}

// decodeBatch decodes the items of ps, of type T, as one list.
func decodeBatch[T any](ps []*parsed, set func(*casefileExt, *T)) error {
	n := 2
	for _, p := range ps {
		n += len(p.itemRaw) + 1
	}
	buf := make([]byte, 0, n)
	buf = append(buf, '[')
	for i, p := range ps {
		if i > 0 {
			buf = append(buf, ',')
		}
		buf = append(buf, p.itemRaw...)
	}
	buf = append(buf, ']')
	items := make([]T, 0, len(ps))
	if err := json.Unmarshal(buf, &items); err != nil {
		return err
	}
	if len(items) != len(ps) {
		return errors.New("the items did not decode one for one")
	}
	for i, p := range ps {
		set(p.o.Extensions.Casefile, &items[i])
		p.itemRaw = nil
	}
	return nil
}

func objectIndex(objs []*parsed, p *parsed) int {
	for i, q := range objs {
		if q == p {
			return i
		}
	}
	return 0
}

// objectError says why object i (raw, within the bundle) cannot be read.
func (im *importer) objectError(i int, raw []byte, err error) error {
	var syn *json.SyntaxError
	if errors.As(err, &syn) {
		offset := cap(im.data) - cap(raw) + int(syn.Offset)
		return fmt.Errorf("object %d of the bundle is not valid JSON: %v, at %s", i+1, syn, position(im.data, offset))
	}
	var ute *json.UnmarshalTypeError
	if errors.As(err, &ute) {
		what := ute.Field
		if what == "" {
			what = "a property"
		}
		return fmt.Errorf("object %d of the bundle (%s) holds %s where STIX has %s", i+1, idOf(raw), ute.Value, describeField(what, ute.Type.String()))
	}
	return fmt.Errorf("object %d of the bundle (%s) cannot be read: %v", i+1, idOf(raw), err)
}

func describeField(field, goType string) string {
	want := map[string]string{"string": "text", "[]string": "a list of text"}[goType]
	if want == "" {
		want = "another kind of value"
	}
	return fmt.Sprintf("%s in %s", want, field)
}

// idOf is an object's id, for messages about an object that did not decode.
func idOf(raw []byte) string {
	var o struct {
		ID string `json:"id"`
	}
	if json.Unmarshal(raw, &o) != nil || o.ID == "" {
		return "no id"
	}
	return clip(o.ID, 100)
}

func firstErrors(errs []error, n int) []error {
	var out []error
	count := 0
	for _, err := range errs {
		if err == nil {
			continue
		}
		count++
		if len(out) < n {
			out = append(out, err)
		}
	}
	if count > n {
		out = append(out, fmt.Errorf("and %d more", count-n))
	}
	return out
}

// clip cuts a string from the bundle to n bytes for a message, and shows
// its control characters as escapes.
func clip(s string, n int) string {
	if len(s) > n {
		cut := n
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		s = s[:cut] + "…"
	}
	q := fmt.Sprintf("%+q", s)
	return q[1 : len(q)-1]
}

// checkObjects checks what no object may break: an id that is a STIX id of
// its type, a spec_version of 2.1, no two versions of an object that
// cannot be told apart. Of several versions of one object it keeps the
// latest.
func (im *importer) checkObjects() error {
	var errs []error
	add := func(format string, a ...any) { errs = append(errs, fmt.Errorf(format, a...)) }
	// A STIX 2.0 object has no spec_version (and a 2.0 bundle has one).
	// A bundle of 2.1 objects may still hold an object or two written so,
	// as OpenCTI's own test data does: those are read as 2.1, and only a
	// bundle none of whose objects says 2.1 is taken for 2.0.
	stix20, v21, unversioned := false, 0, 0
	for i, p := range im.objs {
		o := &p.o
		switch {
		case o.Type == "":
			add("object %d of the bundle has no type", i+1)
			continue
		case o.SpecVersion == "2.0":
			stix20 = true
		case o.SpecVersion == "2.1":
			v21++
		case o.SpecVersion == "" && o.Created != "":
			unversioned++
		case o.SpecVersion != "":
			add("%s has spec_version %q; Casefile reads STIX 2.1", clip(o.ID, 100), clip(o.SpecVersion, 20))
		}
		if casefile.STIXType(o.ID) != o.Type {
			add("object %d of the bundle, a %s, has the id %q, which is not a STIX id of a %s (%s--<UUID>)", i+1, clip(o.Type, 40), clip(o.ID, 100), clip(o.Type, 40), clip(o.Type, 40))
		}
	}
	if stix20 || unversioned > 0 && v21 == 0 {
		return errStix20
	}
	if unversioned > 0 {
		im.report.note("%s no spec_version, as STIX 2.0 wrote objects, among objects of STIX 2.1; Casefile read all as STIX 2.1.",
			casefile.Count(unversioned, "object has", "objects have"))
	}
	if len(errs) > 0 {
		return errors.Join(firstErrors(errs, 5)...)
	}
	// Versions: the same id more than once.
	im.byID = make(map[string]*parsed, len(im.objs))
	kept := im.objs[:0:0]
	versions := 0
	for _, p := range im.objs {
		prev, dup := im.byID[p.o.ID]
		if !dup {
			im.byID[p.o.ID] = p
			kept = append(kept, p)
			continue
		}
		switch a, b := parseTime(prev.o.Modified), parseTime(p.o.Modified); {
		case bytes.Equal(prev.raw, p.raw):
		case a.Equal(b):
			add("the bundle holds %s twice, as two different objects with the same modified time (%s); remove one of them", clip(p.o.ID, 100), clip(p.o.Modified, 40))
		case b.After(a):
			*prev = *p // the later version, in the place of the first
			versions++
		default:
			versions++
		}
	}
	if len(errs) > 0 {
		return errors.Join(firstErrors(errs, 5)...)
	}
	if versions > 0 {
		im.report.note("The bundle holds %s of objects it also holds in another; the latest version of each was imported.",
			casefile.Count(versions, "an older version", "older versions"))
	}
	im.objs = kept
	im.defs = map[string]casefile.Marking{}
	for _, p := range im.objs {
		if p.o.Type == "marking-definition" {
			if m, ok := casefile.TLPOfMarkingDefinition(p.raw); ok {
				im.defs[p.o.ID] = m
			}
		}
	}
	return nil
}

// sortedKeys is m's keys in order, for deterministic messages.
func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
