package main

import (
	"bytes"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/casefile/casefile/assets"
	"github.com/casefile/casefile/casefile"
)

// writeVersion saves c at path as a case file.
func writeVersion(t *testing.T, path string, c *casefile.Case) {
	t.Helper()
	if err := casefile.WriteFileAtomic(path, false, func(w io.Writer) error {
		return casefile.Encode(w, c)
	}); err != nil {
		t.Fatal(err)
	}
}

// versions writes the default case and two versions of it: ours with
// the first statement's quote changed, theirs with it changed otherwise
// and the second statement's title changed.
func versions(t *testing.T, dir string) (base, ours, theirs string) {
	t.Helper()
	base, ours, theirs = filepath.Join(dir, "base.casefile"), filepath.Join(dir, "ours.casefile"), filepath.Join(dir, "theirs.casefile")
	c := defaultCase(t)
	writeVersion(t, base, c)
	o, th := defaultCase(t), defaultCase(t)
	o.Statements[0].Quote = "ours’ quote"
	th.Statements[0].Quote = "theirs’ quote"
	th.Statements[1].Title = "theirs’ title"
	writeVersion(t, ours, o)
	writeVersion(t, theirs, th)
	return base, ours, theirs
}

func TestE2EMergeWritesBothVersionsAndExitsOneOnConflicts(t *testing.T) {
	dir := t.TempDir()
	base, ours, theirs := versions(t, dir)
	before := map[string][]byte{}
	for _, p := range []string{base, ours, theirs} {
		before[p], _ = os.ReadFile(p)
	}
	out := filepath.Join(dir, "merged.casefile")
	r := run(t, "merge", "-o", out, base, ours, theirs)
	if r.code != 1 || !strings.Contains(r.stderr, "1 conflict") || !strings.Contains(r.stderr, "quote changed both ways") {
		t.Fatalf("exit %d, stderr:\n%s", r.code, r.stderr)
	}
	for p, data := range before {
		if now, _ := os.ReadFile(p); !bytes.Equal(now, data) {
			t.Errorf("%s changed", p)
		}
	}
	m, err := casefile.Load(out)
	if err != nil {
		t.Fatal(err)
	}
	if m.Statements[0].Quote != "ours’ quote" || m.Statements[1].Title != "theirs’ title" || len(m.Conflicts) != 1 ||
		!strings.Contains(string(m.Conflicts[0].Theirs), "theirs’ quote") {
		t.Errorf("merged: quote %q, title %q, conflicts %+v", m.Statements[0].Quote, m.Statements[1].Title, m.Conflicts)
	}
	if _, err := os.Stat(out + ".bak"); err == nil {
		t.Error("the merge left a backup")
	}
}

func TestE2EMergeLeavesOursOnError(t *testing.T) {
	dir := t.TempDir()
	base, ours, theirs := versions(t, dir)
	if err := os.WriteFile(theirs, []byte(`{"format": "casefile", "version": 5, "case": {"id": ""}}`), 0o644); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(ours)
	r := run(t, "merge", base, ours, theirs)
	if r.code != 2 || !strings.Contains(r.stderr, "nothing was written") {
		t.Fatalf("exit %d, stderr:\n%s", r.code, r.stderr)
	}
	if now, _ := os.ReadFile(ours); !bytes.Equal(now, data) {
		t.Error("a failed merge changed ours")
	}
	if r := run(t, "merge", base, ours); r.code != 2 {
		t.Errorf("two files: exit %d", r.code)
	}
}

func TestE2EDiff(t *testing.T) {
	dir := t.TempDir()
	base, _, theirs := versions(t, dir)
	r := run(t, "diff", base, theirs)
	c := defaultCase(t)
	for _, want := range []string{
		"--- " + base + "\n+++ " + theirs + "\n",
		"changed statement",
		"  - quote: " + strings.SplitN(c.Statements[0].Quote, "\n", 2)[0],
		"  + quote: theirs’ quote\n",
		"  + title: theirs’ title\n",
	} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("diff has no %q:\n%s", want, r.stdout)
		}
	}
	one, again := run(t, "diff", base), run(t, "diff", base)
	if one.code != 0 || one.stdout != again.stdout || !strings.HasPrefix(one.stdout, "case\n  id: ") ||
		!strings.Contains(one.stdout, "\n  quote: "+strings.SplitN(c.Statements[0].Quote, "\n", 2)[0]) {
		t.Errorf("the text form (exit %d) is not stable or lacks the quote:\n%.600s", one.code, one.stdout)
	}
	if r := run(t, "diff", base, base); r.code != 0 || !strings.Contains(r.stdout, "hold the same case") {
		t.Errorf("same files: exit %d, %q", r.code, r.stdout)
	}
}

// gitRepo makes a git repository whose case files merge with the built
// binary as their merge driver, and diff through it as textconv, as the
// README tells teams to set up; git runs it with no global or system
// configuration.
func gitRepo(t *testing.T) (dir string, git func(args ...string) (string, error)) {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	dir = t.TempDir()
	git = func(args ...string) (string, error) {
		cmd := exec.Command("git", args...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GIT_CONFIG_GLOBAL="+os.DevNull, "GIT_CONFIG_NOSYSTEM=1", "DISPLAY=",
			"GIT_AUTHOR_DATE=2024-01-01T00:00:00Z", "GIT_COMMITTER_DATE=2024-01-01T00:00:00Z")
		out, err := cmd.CombinedOutput()
		return string(out), err
	}
	must := func(args ...string) {
		if out, err := git(args...); err != nil {
			t.Fatalf("git %s: %v\n%s", strings.Join(args, " "), err, out)
		}
	}
	must("init", "-q", "-b", "main")
	must("config", "user.name", "Test Analyst")
	must("config", "user.email", "analyst@example.org")
	must("config", "merge.casefile.name", "Casefile case files, item by item")
	must("config", "merge.casefile.driver", bin+" merge -q %O %A %B")
	must("config", "diff.casefile.textconv", bin+" diff")
	for name, text := range map[string]string{
		".gitattributes": "*.casefile merge=casefile diff=casefile\n",
		".gitignore":     "*.casefile.bak\n", // the backup each save keeps
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir, git
}

// commitCase edits the case file on a branch and commits it.
func commitCase(t *testing.T, git func(...string) (string, error), dir, branch, from string, edit func(c *casefile.Case)) {
	t.Helper()
	for _, args := range [][]string{{"checkout", "-q", "-b", branch, from}} {
		if out, err := git(args...); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	path := filepath.Join(dir, "case.casefile")
	c, err := casefile.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	edit(c)
	writeVersion(t, path, c)
	for _, args := range [][]string{{"add", "case.casefile"}, {"commit", "-q", "-m", branch}} {
		if out, err := git(args...); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
}

// Two analysts' branches of a case merge with real git: disjoint edits
// cleanly, both kept; the same quote edited both ways as a conflict that
// git reports, both versions kept in a case file that loads, and that
// the GUI's model resolves and saves, concluding the merge.
func TestE2EGitMerge(t *testing.T) {
	dir, git := gitRepo(t)
	path := filepath.Join(dir, "case.casefile")
	if err := os.WriteFile(path, assets.DefaultCase, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"add", "."}, {"commit", "-q", "-m", "the default case"}} {
		if out, err := git(args...); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	base := defaultCase(t)

	// Disjoint edits: a quote on one branch, a title and a new note on the other.
	commitCase(t, git, dir, "analyst-a", "main", func(c *casefile.Case) { c.Statements[0].Quote = "A’s reading of the quote" })
	commitCase(t, git, dir, "analyst-b", "main", func(c *casefile.Case) {
		c.Statements[1].Title = "B’s title"
		if _, err := c.AddNote(casefile.Note{ID: "note-b", Target: casefile.Target{Kind: casefile.OnCase}, Body: "B’s note"}); err != nil {
			t.Fatal(err)
		}
	})
	if out, err := git("checkout", "-q", "analyst-a"); err != nil {
		t.Fatal(out)
	}
	if out, err := git("merge", "--no-edit", "analyst-b"); err != nil {
		t.Fatalf("the disjoint merge failed: %v\n%s", err, out)
	}
	m, err := casefile.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := m.Note("note-b"); !ok || m.Statements[0].Quote != "A’s reading of the quote" || m.Statements[1].Title != "B’s title" || m.Conflicts != nil {
		t.Errorf("the clean merge lost an edit: quote %q, title %q, conflicts %v", m.Statements[0].Quote, m.Statements[1].Title, m.Conflicts)
	}
	if out, _ := git("diff", "main", "--", "case.casefile"); !strings.Contains(out, "+  quote: A’s reading of the quote") {
		t.Errorf("git diff through textconv does not show the quote changed:\n%s", out)
	}

	// The same quote edited both ways.
	commitCase(t, git, dir, "analyst-c", "main", func(c *casefile.Case) { c.Statements[2].Quote = "C’s version" })
	commitCase(t, git, dir, "analyst-d", "main", func(c *casefile.Case) { c.Statements[2].Quote = "D’s version" })
	if out, err := git("checkout", "-q", "analyst-c"); err != nil {
		t.Fatal(out)
	}
	out, err := git("merge", "--no-edit", "analyst-d")
	if err == nil || !strings.Contains(out, "CONFLICT") || !strings.Contains(out, "case.casefile") {
		t.Fatalf("git did not report the conflict: %v\n%s", err, out)
	}
	if st, _ := git("status", "--porcelain"); !strings.Contains(st, "UU case.casefile") {
		t.Errorf("git status does not show the case unmerged:\n%s", st)
	}
	m, err = casefile.Load(path)
	if err != nil {
		t.Fatalf("the conflicted case file does not load: %v", err)
	}
	id := base.Statements[2].ID
	if s, _ := m.Statement(id); s.Quote != "C’s version" || len(m.Conflicts) != 1 || m.Conflicts[0].ID != id ||
		!strings.Contains(string(m.Conflicts[0].Theirs), "D’s version") || !strings.Contains(string(m.Conflicts[0].Base), base.Statements[2].Quote[:20]) {
		t.Fatalf("the conflicted case does not keep both versions: quote %q, conflicts %+v", s.Quote, m.Conflicts)
	}

	resolveInGUI(t, path, func(c *casefile.Case) bool {
		s, _ := c.Statement(id)
		return s.Quote == "D’s version" && c.Conflicts == nil
	})
	for _, args := range [][]string{{"add", "case.casefile"}, {"commit", "-q", "--no-edit"}} {
		if out, err := git(args...); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	if out, _ := git("log", "-1", "--format=%P"); len(strings.Fields(out)) != 2 {
		t.Errorf("the last commit is not the merge: parents %q", out)
	}
	if st, _ := git("status", "--porcelain"); strings.TrimSpace(st) != "" {
		t.Errorf("the work tree is not clean after the merge:\n%s", st)
	}
}
