// Package corpus reads quotation-finder test articles (NAME.txt with its
// NAME.want, see quotes/testdata/corpus/README.md) and scores what a
// finder offered for them. It does not import package quotes, so that
// package's own tests can use it.
package corpus

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// Actor is a known actor from a "known:" line.
type Actor struct {
	ID    string
	Names []string
	Kind  string // "person" or ""
}

// Want is one expected quotation.
type Want struct {
	Kind    string // "direct", "partial" or "scare"
	Speaker string
	Text    string
}

// Case is one article.
type Case struct {
	Name  string
	Text  string
	Known []Actor
	Want  []Want
}

// Found is one quotation a finder offered.
type Found struct {
	Kind    string // "direct", "partial" or "scare"
	Speaker string
	ActorID string
	Text    string
}

// IsStatement reports whether f is offered as something someone said.
func (f Found) IsStatement() bool { return f.Kind == "direct" || f.Kind == "partial" }

// Load reads every NAME.txt in dir with its NAME.want.
func Load(dir string) ([]Case, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("no articles (*.txt) in %s", dir)
	}
	var cases []Case
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		c := Case{Name: strings.TrimSuffix(filepath.Base(f), ".txt"), Text: string(text)}
		if err := c.readWant(strings.TrimSuffix(f, ".txt") + ".want"); err != nil {
			return nil, fmt.Errorf("%s: %w", c.Name, err)
		}
		cases = append(cases, c)
	}
	return cases, nil
}

// readWant reads a .want file: "known: ID | Name | Alias…" lines, and
// "kind | speaker | text" lines, # comments.
func (c *Case) readWant(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("every article needs its .want file: %w", err)
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
			c.Known = append(c.Known, Actor{ID: f[0], Names: f[1:], Kind: kind})
			continue
		}
		f := splitTrim(line, 3)
		if len(f) != 3 {
			return fmt.Errorf("line %d: want \"kind | speaker | text\", got %q", n, line)
		}
		switch f[0] {
		case "direct", "partial", "scare":
		default:
			return fmt.Errorf("line %d: kind %q is not direct, partial or scare", n, f[0])
		}
		c.Want = append(c.Want, Want{f[0], f[1], f[2]})
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

// Score is what a run over articles measured.
type Score struct {
	Wanted, Found, RightSpeaker, RightKind int // statements (direct or partial)
	Offered, Spurious                      int // statements offered, and those not expected
	Scares, ScaresFound                    int
}

// Add adds o to s.
func (s *Score) Add(o Score) {
	s.Wanted += o.Wanted
	s.Found += o.Found
	s.RightSpeaker += o.RightSpeaker
	s.RightKind += o.RightKind
	s.Offered += o.Offered
	s.Spurious += o.Spurious
	s.Scares += o.Scares
	s.ScaresFound += o.ScaresFound
}

// Recall, Accuracy and FalsePositives are percentages.
func (s Score) Recall() float64         { return Pct(s.Found, s.Wanted) }
func (s Score) Accuracy() float64       { return Pct(s.RightSpeaker, s.Found) }
func (s Score) FalsePositives() float64 { return Pct(s.Spurious, s.Offered) }

// String gives the three figures with their counts.
func (s Score) String() string {
	return fmt.Sprintf("recall %.1f%% (%d/%d), speaker accuracy %.1f%% (%d/%d), false positives %.1f%% (%d/%d)",
		s.Recall(), s.Found, s.Wanted, s.Accuracy(), s.RightSpeaker, s.Found, s.FalsePositives(), s.Spurious, s.Offered)
}

// Pct is 100*a/b, 100 when b is 0.
func Pct(a, b int) float64 {
	if b == 0 {
		return 100
	}
	return 100 * float64(a) / float64(b)
}

// Measure compares got with what c expects, reporting each difference
// to logf.
func (c Case) Measure(got []Found, logf func(format string, args ...any)) Score {
	var s Score
	used := make([]bool, len(got))
	for _, w := range c.Want {
		if w.Kind == "scare" {
			s.Scares++
			for i, q := range got {
				if !used[i] && sameText(q.Text, w.Text) {
					if q.Kind == "scare" {
						used[i] = true
						s.ScaresFound++
					} else {
						// counted below as a statement not expected
						logf("%s: scare quote offered as %s by %q: %.70q", c.Name, q.Kind, q.Speaker, w.Text)
					}
					break
				}
			}
			continue
		}
		s.Wanted++
		i := -1
		for j, q := range got {
			if !used[j] && q.IsStatement() && sameText(q.Text, w.Text) {
				i = j
				break
			}
		}
		if i < 0 {
			logf("%s: MISSED %s %q: %.70q%s", c.Name, w.Kind, w.Speaker, w.Text, seenAs(got, w.Text))
			continue
		}
		used[i] = true
		q := got[i]
		s.Found++
		if q.Kind == w.Kind {
			s.RightKind++
		}
		if c.rightSpeaker(q, w.Speaker) {
			s.RightSpeaker++
		} else {
			logf("%s: SPEAKER %q, want %q: %.60q", c.Name, q.Speaker, w.Speaker, w.Text)
		}
	}
	for i, q := range got {
		if q.IsStatement() {
			s.Offered++
			if !used[i] {
				s.Spurious++
				logf("%s: SPURIOUS %s %q: %.70q", c.Name, q.Kind, q.Speaker, q.Text)
			}
		}
	}
	return s
}

// seenAs says how a quotation not offered as a statement was reported,
// to make a miss easy to diagnose.
func seenAs(got []Found, text string) string {
	for _, q := range got {
		if sameText(q.Text, text) {
			return " (found as " + q.Kind + ")"
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

func stripThe(s string) string {
	if len(s) > 4 && strings.EqualFold(s[:4], "the ") {
		return s[4:]
	}
	return s
}

// stripPossessor drops the one-word possessor or nationality before a
// body's name: "Kazakhstan's Energy Ministry" and "the Dutch National
// Cyber Security Centre" are the bodies the article means either way.
func stripPossessor(s string) string {
	w, rest, ok := strings.Cut(s, " ")
	if !ok || rest == "" || !(strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || (nationality(w) || nationInitials[w]) && strings.Contains(rest, " ")) {
		return s
	}
	return rest
}

// nationInitials are the initials that stand before a body's name as a
// nationality does: "UK Office for Nuclear Regulation".
var nationInitials = map[string]bool{"UK": true, "US": true, "U.S.": true, "USA": true, "EU": true, "UN": true}

// nationality reports whether a capitalised word has a nationality's
// ending: Dutch, Chinese, Canadian.
func nationality(w string) bool {
	if w == "" || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for _, suf := range [...]string{"ian", "ean", "can", "ese", "ish", "ch", "i"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// placedAs reports whether an unnamed speaker is another with the words
// that place it: "one EU diplomat" and "one EU diplomat involved in the
// talks", "a senior official" and "a senior official in the ministry".
func placedAs(short, long string) bool {
	f := strings.Fields(strings.ToLower(short))
	if len(f) < 2 || !unnamedDet[f[0]] || len(long) <= len(short) || !strings.EqualFold(long[:len(short)], short) || long[len(short)] != ' ' {
		return false
	}
	next, _, _ := strings.Cut(long[len(short)+1:], " ")
	next = strings.ToLower(next)
	return placing[next] || len(next) > 4 && strings.HasSuffix(next, "ing") // "staying at the same centre"

}

var (
	unnamedDet = map[string]bool{"a": true, "an": true, "one": true, "two": true, "three": true, "several": true, "some": true}
	placing    = map[string]bool{"in": true, "at": true, "of": true, "from": true, "with": true, "on": true,
		"involved": true, "close": true, "familiar": true, "briefed": true, "who": true}
)

// acronymOf reports whether short is the initials of long's capitalised
// words: "UNHCR" for "United Nations High Commissioner for Refugees",
// "IRGC" for "Islamic Revolutionary Guard Corps"; three letters at least,
// so that a person's initials do not count for them. The initials may
// take in the small words too, as "ECOWAS" does of "Economic Community
// of West African States", and a short form's letters, as "UNHCR" does
// of "UN High Commissioner for Refugees".
func acronymOf(short, long string) bool {
	if len(short) < 3 || strings.ToUpper(short) != short || strings.ContainsAny(short, " .") {
		return false
	}
	var caps, all strings.Builder
	for _, w := range strings.Fields(long) {
		r := w[0]
		if len(w) > 1 && strings.ToUpper(w) == w && strings.Trim(w, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == "" {
			caps.WriteString(w) // "UN High Commissioner for Refugees": the short form's letters are its initials
			all.WriteString(w)
			continue
		}
		if r >= 'A' && r <= 'Z' {
			caps.WriteByte(r)
		}
		if r >= 'a' && r <= 'z' {
			r -= 'a' - 'A'
		}
		all.WriteByte(r)
	}
	return caps.Len() > 1 && (caps.String() == short || all.String() == short)
}

// rightSpeaker reports whether q names the speaker want: by name (case
// aside), or by matching the known actor want names.
func (c Case) rightSpeaker(q Found, want string) bool {
	if strings.EqualFold(stripThe(q.Speaker), stripThe(want)) ||
		strings.EqualFold(stripPossessor(stripThe(q.Speaker)), stripPossessor(stripThe(want))) ||
		placedAs(q.Speaker, want) || placedAs(want, q.Speaker) ||
		acronymOf(stripThe(q.Speaker), stripThe(want)) || acronymOf(stripThe(want), stripThe(q.Speaker)) {
		return true
	}
	for _, a := range c.Known {
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
