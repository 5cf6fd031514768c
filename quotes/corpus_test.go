package quotes

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A corpus case is an article in testdata/corpus/NAME.txt and the
// quotations it holds in NAME.want; see testdata/corpus/README.md for
// the format.
type corpusCase struct {
	name  string
	text  string
	known []Actor
	want  []wantQuote
}

type wantQuote struct {
	kind    Kind
	speaker string
	text    string
}

func loadCorpus(t testing.TB) []corpusCase {
	t.Helper()
	return loadDir(t, filepath.Join("testdata", "corpus"))
}

func loadDir(t testing.TB, dir string) []corpusCase {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no articles in %s (%v): run the test from the quotes directory", dir, err)
	}
	var cases []corpusCase
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		c := corpusCase{name: strings.TrimSuffix(filepath.Base(f), ".txt"), text: string(text)}
		if err := c.readWant(strings.TrimSuffix(f, ".txt") + ".want"); err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		cases = append(cases, c)
	}
	return cases
}

// readWant reads a .want file: "known: ID | Name | Alias…" lines, and
// "kind | speaker | text" lines, # comments.
func (c *corpusCase) readWant(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("every corpus article needs its .want file: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if rest, ok := strings.CutPrefix(line, "known:"); ok {
			f := splitTrim(rest, -1)
			kind := ""
			if k, ok := strings.CutPrefix(f[0], "person "); ok {
				f[0], kind = k, "person"
			}
			c.known = append(c.known, Actor{ID: f[0], Names: f[1:], Kind: kind})
			continue
		}
		f := splitTrim(line, 3)
		if len(f) != 3 {
			return fmt.Errorf("line %d: want \"kind | speaker | text\", got %q", n, line)
		}
		var k Kind
		switch f[0] {
		case "direct":
			k = Direct
		case "partial":
			k = Partial
		case "scare":
			k = Scare
		default:
			return fmt.Errorf("line %d: kind %q is not direct, partial or scare", n, f[0])
		}
		c.want = append(c.want, wantQuote{k, f[1], f[2]})
	}
	return sc.Err()
}

func splitTrim(s string, n int) []string {
	f := strings.SplitN(s, "|", n)
	for i := range f {
		f[i] = strings.TrimSpace(f[i])
	}
	return f
}

// score is what a run over articles measured.
type score struct {
	wanted, found, rightSpeaker, rightKind int // statements (Direct or Partial)
	offered, spurious                      int // statements Find offered, and those not expected
	scares, scaresFound                    int
}

func (s *score) add(o score) {
	s.wanted += o.wanted
	s.found += o.found
	s.rightSpeaker += o.rightSpeaker
	s.rightKind += o.rightKind
	s.offered += o.offered
	s.spurious += o.spurious
	s.scares += o.scares
	s.scaresFound += o.scaresFound
}

func pct(a, b int) float64 {
	if b == 0 {
		return 100
	}
	return 100 * float64(a) / float64(b)
}

// measure runs Find on c and compares with what it should find, logging
// each difference.
func measure(t *testing.T, c corpusCase) score {
	got := Find(c.text, c.known)
	var s score
	used := make([]bool, len(got))
	for _, w := range c.want {
		if w.kind == Scare {
			s.scares++
			for i, q := range got {
				if !used[i] && sameText(q.Text, w.text) {
					used[i] = true
					if q.Kind == Scare {
						s.scaresFound++
					} else {
						used[i] = false // counted below as a statement not expected
						t.Logf("%s: scare quote offered as %s by %q: %.70q", c.name, q.Kind, q.Speaker, w.text)
					}
					break
				}
			}
			continue
		}
		s.wanted++
		i := -1
		for j, q := range got {
			if !used[j] && q.IsStatement() && sameText(q.Text, w.text) {
				i = j
				break
			}
		}
		if i < 0 {
			t.Logf("%s: MISSED %s %q: %.70q%s", c.name, w.kind, w.speaker, w.text, seenAs(got, w.text))
			continue
		}
		used[i] = true
		q := got[i]
		s.found++
		if q.Kind == w.kind {
			s.rightKind++
		}
		if c.rightSpeaker(q, w.speaker) {
			s.rightSpeaker++
		} else {
			t.Logf("%s: SPEAKER %q, want %q: %.60q", c.name, q.Speaker, w.speaker, w.text)
		}
	}
	for i, q := range got {
		if q.IsStatement() {
			s.offered++
			if !used[i] {
				s.spurious++
				t.Logf("%s: SPURIOUS %s %q: %.70q", c.name, q.Kind, q.Speaker, q.Text)
			}
		}
	}
	return s
}

// seenAs says how Find reported a quotation it did not offer as a
// statement, to make a miss easy to diagnose.
func seenAs(got []Quote, text string) string {
	for _, q := range got {
		if sameText(q.Text, text) {
			return " (found as " + q.Kind.String() + ")"
		}
		if strings.Contains(q.Text, text) || strings.Contains(text, q.Text) {
			return fmt.Sprintf(" (found %.60q)", q.Text)
		}
	}
	return ""
}

func sameText(a, b string) bool {
	return strings.Join(strings.Fields(a), " ") == strings.Join(strings.Fields(b), " ")
}

// rightSpeaker reports whether q names the speaker want: by name (case
// aside), or by matching the known actor want names.
func (c corpusCase) rightSpeaker(q Quote, want string) bool {
	if strings.EqualFold(stripThe(q.Speaker), stripThe(want)) {
		return true
	}
	for _, a := range c.known {
		if a.ID != q.ActorID {
			continue
		}
		for _, n := range a.Names {
			if strings.EqualFold(n, want) {
				return true
			}
		}
	}
	return false
}

// TestCorpus measures Find over the whole corpus: at least 95% of its
// quotations found, at least 90% of those with the right speaker, and
// fewer than 1 in 10 statements offered that are not quotations.
func TestCorpus(t *testing.T) {
	cases := loadCorpus(t)
	var total score
	patterns := 0
	for _, c := range cases {
		s := measure(t, c)
		total.add(s)
		patterns += len(c.want)
	}
	if len(cases) < 40 {
		t.Errorf("the corpus has %d articles, want at least 40", len(cases))
	}
	recall := pct(total.found, total.wanted)
	accuracy := pct(total.rightSpeaker, total.found)
	falsePos := pct(total.spurious, total.offered)
	t.Logf("corpus: %d articles, %d quotations (%d statements, %d scare)", len(cases), patterns, total.wanted, total.scares)
	t.Logf("recall %.1f%% (%d/%d), speaker accuracy %.1f%% (%d/%d), false positives %.1f%% (%d/%d), kind right %.1f%%, scare quotes kept apart %d/%d",
		recall, total.found, total.wanted, accuracy, total.rightSpeaker, total.found, falsePos, total.spurious, total.offered,
		pct(total.rightKind, total.found), total.scaresFound, total.scares)
	if recall < 95 {
		t.Errorf("recall %.1f%% is under 95%%", recall)
	}
	if accuracy < 90 {
		t.Errorf("speaker accuracy %.1f%% is under 90%%", accuracy)
	}
	if falsePos >= 10 {
		t.Errorf("%.1f%% of the statements offered are not quotations: want under 10%%", falsePos)
	}
}
