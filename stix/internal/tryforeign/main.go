// Command tryforeign imports STIX 2.1 bundles that other platforms wrote,
// to see what Casefile makes of them without adding them to the
// repository: every *.json file under the folders (or the files) given,
// recursively.
//
//	go run ./stix/internal/tryforeign /tmp/bundles
//
// For each bundle it prints the import's report (what was mapped, what
// kept, the properties not imported, the markings it could not read),
// whether every object of the bundle became an item, the case or a kept
// object, and whether the case exported again and imported back is the
// same case, every field, with every kept object byte for byte and the
// export holding each as it came (marked with the case's marking when it
// had no TLP marking). It does not validate the export against the OASIS
// schemas: those checks live in the stix package's tests (check_test.go),
// which a command cannot import; go test ./stix runs them on the
// fixtures in stix/testdata.
//
// It exits with status 1 when a bundle is refused or does not come back
// the same, 2 when it cannot read its arguments.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"

	"github.com/casefile/casefile/casefile"
	"github.com/casefile/casefile/stix"
)

func main() {
	if len(os.Args) < 2 || strings.HasPrefix(os.Args[1], "-") {
		fmt.Fprintln(os.Stderr, "usage: tryforeign FOLDER|BUNDLE.json ...\n\nImports every *.json bundle under each folder, recursively, and says what the import made of it and whether it comes back the same through an export.")
		os.Exit(2)
	}
	var files []bundleFile
	for _, arg := range os.Args[1:] {
		found, err := bundles(arg)
		if err != nil {
			fmt.Fprintln(os.Stderr, "tryforeign:", err)
			os.Exit(2)
		}
		files = append(files, found...)
	}
	if len(files) == 0 {
		fmt.Fprintln(os.Stderr, "tryforeign: no *.json files under", strings.Join(os.Args[1:], ", "))
		os.Exit(2)
	}
	var sum summary
	for _, f := range files {
		sum.add(try(os.Stdout, f.display, f.path))
	}
	sum.print(os.Stdout)
	if sum.refused > 0 || sum.differ > 0 || sum.unaccounted > 0 {
		os.Exit(1)
	}
}

type bundleFile struct{ path, display string }

// bundles are the *.json files under root (or root itself, a file), in
// lexical order, each with its path relative to root for display.
func bundles(root string) ([]bundleFile, error) {
	info, err := os.Stat(root)
	if err != nil {
		return nil, err
	}
	if !info.IsDir() {
		return []bundleFile{{root, root}}, nil
	}
	var out []bundleFile
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || !strings.EqualFold(filepath.Ext(path), ".json") {
			return nil
		}
		rel, err := filepath.Rel(root, path)
		if err != nil {
			rel = path
		}
		out = append(out, bundleFile{path, filepath.ToSlash(rel)})
		return nil
	})
	return out, err
}

// result is what became of one bundle.
type result struct {
	refused     bool
	unaccounted int  // objects that became nothing
	same        bool // the case came back identical, every kept object byte for byte
	kept        int
}

type summary struct {
	bundles, refused, same, differ, unaccounted, kept int
}

func (s *summary) add(r result) {
	s.bundles++
	switch {
	case r.refused:
		s.refused++
		return
	case r.same:
		s.same++
	default:
		s.differ++
	}
	if r.unaccounted > 0 {
		s.unaccounted++
	}
	s.kept += r.kept
}

func (s *summary) print(w io.Writer) {
	fmt.Fprintf(w, "\n%s: %d imported, %d refused; %d came back the same case through an export, every kept object byte for byte (%s in all), %d did not; %d had objects that became nothing.\n",
		casefile.Count(s.bundles, "bundle", "bundles"), s.bundles-s.refused, s.refused, s.same,
		casefile.Count(s.kept, "kept object", "kept objects"), s.differ, s.unaccounted)
	fmt.Fprintln(w, "The exports were not validated against the OASIS schemas: those checks are in the stix package's tests (go test ./stix).")
}

// try imports one bundle and checks its round trip, saying so on w.
func try(w io.Writer, name, path string) result {
	fmt.Fprintf(w, "== %s\n", name)
	data, err := os.ReadFile(path)
	if err != nil {
		fmt.Fprintf(w, "   cannot read it: %v\n", err)
		return result{refused: true}
	}
	c, rep, err := stix.ImportWith(data, nil, stix.Options{Name: filepath.Base(path)})
	if err != nil {
		fmt.Fprintf(w, "   refused: %v\n", err)
		return result{refused: true}
	}
	for i, line := range rep.Lines() {
		lead := "   import: "
		if i > 0 {
			lead = "           "
		}
		fmt.Fprintln(w, lead+line)
	}
	fmt.Fprintf(w, "   case:   %q, marked %s, %s, %s, %s, %s, %s kept\n", c.Title, c.Marking,
		casefile.Count(len(c.Actors), "actor", "actors"), casefile.Count(len(c.Relations), "relation", "relations"),
		casefile.Count(len(c.Events), "event", "events"), casefile.Count(len(c.Notes), "note", "notes"),
		casefile.Count(len(c.Kept), "object", "objects"))
	if len(c.Actors) > 0 {
		var actors []string
		for _, a := range c.Actors {
			actors = append(actors, fmt.Sprintf("%s (%s)", a.Name, a.Kind))
		}
		fmt.Fprintf(w, "   actors: %s\n", strings.Join(actors, ", "))
	}

	r := result{kept: len(c.Kept)}
	if lost := unaccounted(c, data); len(lost) > 0 {
		r.unaccounted = len(lost)
		fmt.Fprintf(w, "   objects: %s became nothing, neither an item nor a kept object: %s\n",
			casefile.Count(len(lost), "object", "objects"), strings.Join(lost, ", "))
	} else {
		fmt.Fprintln(w, "   objects: each became an item, the case or a kept object")
	}

	problems := roundTrip(c)
	if len(problems) == 0 {
		r.same = true
		kept := "it kept nothing"
		if len(c.Kept) > 0 {
			kept = fmt.Sprintf("its %s byte for byte; the export holds each as it came", casefile.Count(len(c.Kept), "kept object", "kept objects"))
		}
		fmt.Fprintf(w, "   round trip: export → import gives back the same case, every field, and %s\n", kept)
	} else {
		fmt.Fprintln(w, "   round trip: NOT the same:")
		for _, p := range problems {
			fmt.Fprintln(w, "      "+p)
		}
	}
	return r
}

// unaccounted are the ids of the bundle's objects that became neither an
// item (a foreign object's item keeps its id), the case nor a kept object;
// the TLP 2.0 definitions, which every export writes again, need not.
func unaccounted(c *casefile.Case, data []byte) []string {
	have := map[string]bool{c.ID: true}
	for _, a := range c.Actors {
		have[a.ID] = true
	}
	for _, r := range c.Relations {
		have[r.ID] = true
	}
	for _, s := range c.Statements {
		have[s.ID] = true
	}
	for _, e := range c.Events {
		have[e.ID] = true
	}
	for _, n := range c.Notes {
		have[n.ID] = true
	}
	for _, o := range c.KeptObjects() {
		have[o.ID] = true
	}
	var env struct {
		Objects []struct {
			ID string `json:"id"`
		} `json:"objects"`
	}
	if json.Unmarshal(data, &env) != nil {
		return nil
	}
	var lost []string
	for _, o := range env.Objects {
		if !have[o.ID] && !casefile.IsTLP2MarkingID(o.ID) {
			lost = append(lost, o.ID)
		}
	}
	return lost
}

// roundTrip exports c and imports the export, and says how what came
// back differs from c: any field of the case, any kept object's bytes,
// any kept object the export does not hold as it came.
func roundTrip(c *casefile.Case) []string {
	out, err := stix.Export(c)
	if err != nil {
		return []string{"the export failed: " + err.Error()}
	}
	back, _, err := stix.Import(out, nil)
	if err != nil {
		return []string{"the import of the export failed: " + err.Error()}
	}
	var problems []string
	want, got := encoded(c), encoded(back)
	if !bytes.Equal(want, got) {
		problems = append(problems, "the case differs: "+firstDifference(want, got))
	}
	if len(back.Kept) != len(c.Kept) {
		problems = append(problems, fmt.Sprintf("%d objects were kept, %d came back", len(c.Kept), len(back.Kept)))
	}
	for i := range min(len(back.Kept), len(c.Kept)) {
		if !bytes.Equal(back.Kept[i], c.Kept[i]) {
			problems = append(problems, fmt.Sprintf("kept object %d came back as\n         %s\n      not\n         %s", i+1, back.Kept[i], c.Kept[i]))
		}
	}
	problems = append(problems, keptWrittenBack(c, out)...)
	return problems
}

// keptWrittenBack checks that the export holds every kept object as it
// came, or with the case's marking added when it had no TLP marking.
func keptWrittenBack(c *casefile.Case, data []byte) []string {
	var env struct{ Objects []json.RawMessage }
	if err := json.Unmarshal(data, &env); err != nil {
		return []string{"the export is not a bundle: " + err.Error()}
	}
	exported := map[string]any{}
	for _, raw := range env.Objects {
		var o map[string]any
		if json.Unmarshal(raw, &o) == nil {
			id, _ := o["id"].(string)
			exported[id] = o
		}
	}
	var problems []string
	defs := c.KeptDefinitions()
	for _, raw := range c.Kept {
		k, err := casefile.ParseKept(raw, defs)
		if err != nil {
			problems = append(problems, "a kept object cannot be read: "+err.Error())
			continue
		}
		want := []byte(raw)
		if k.TLP == "" && !k.IsMarkingDefinition() {
			want = casefile.KeptWithMarking(raw, c.Marking)
		}
		var w any
		if err := json.Unmarshal(want, &w); err != nil {
			problems = append(problems, k.ID+": "+err.Error())
			continue
		}
		if !reflect.DeepEqual(exported[k.ID], w) {
			problems = append(problems, fmt.Sprintf("the export does not hold %s as it was kept", k.ID))
		}
	}
	return problems
}

func encoded(c *casefile.Case) []byte {
	var b bytes.Buffer
	if err := casefile.Encode(&b, c); err != nil {
		return []byte("cannot encode the case: " + err.Error())
	}
	return b.Bytes()
}

// firstDifference shows where two texts first differ, with context.
func firstDifference(a, b []byte) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	lo := max(0, i-120)
	return "\n         was …" + string(a[lo:min(len(a), i+120)]) + "\n         now …" + string(b[lo:min(len(b), i+120)])
}
