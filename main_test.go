package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/casefile/casefile/assets"
	"github.com/casefile/casefile/casefile"
)

// These tests run the real binary: $CASEFILE_BIN, or one built for the run.
var bin string

func TestMain(m *testing.M) {
	bin = os.Getenv("CASEFILE_BIN")
	if bin == "" {
		dir, err := os.MkdirTemp("", "casefile-e2e")
		if err != nil {
			panic(err)
		}
		bin = filepath.Join(dir, "casefile")
		if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
			fmt.Fprintf(os.Stderr, "building casefile: %v\n%s", err, out)
			os.Exit(1)
		}
		defer os.RemoveAll(dir)
	}
	code := m.Run()
	os.Exit(code)
}

type result struct {
	code           int
	stdout, stderr string
}

func run(t *testing.T, args ...string) result {
	t.Helper()
	return runEnv(t, nil, args...)
}

// runEnv runs the binary with env added to this process's environment.
func runEnv(t *testing.T, env []string, args ...string) result {
	t.Helper()
	// Nothing the CLI is given may hang it: a run that outlives this is
	// killed and fails the test.
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, args...)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	cmd.Env = append(os.Environ(), "DISPLAY=") // the CLI must never need a display
	cmd.Env = append(cmd.Env, env...)
	err := cmd.Run()
	if ctx.Err() != nil {
		t.Fatalf("casefile %v did not finish within a minute", args)
	}
	code := 0
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		code = exit.ExitCode()
	} else if err != nil {
		t.Fatalf("running casefile %v: %v", args, err)
	}
	return result{code, out.String(), errOut.String()}
}

func defaultCase(t *testing.T) *casefile.Case {
	t.Helper()
	c, err := casefile.Decode(assets.DefaultCase)
	if err != nil {
		t.Fatalf("the embedded default case does not load: %v", err)
	}
	return c
}

func TestE2EHelpVersionAndUsageErrors(t *testing.T) {
	if r := run(t, "--help"); r.code != 0 || !strings.Contains(r.stdout, "casefile validate FILE") {
		t.Errorf("--help: exit %d, stdout %q; want 0 and the usage", r.code, r.stdout)
	}
	if r := run(t, "--version"); r.code != 0 || !strings.Contains(r.stdout, "casefile "+version) {
		t.Errorf("--version: exit %d, stdout %q; want 0 and %q", r.code, r.stdout, version)
	}
	for _, args := range [][]string{
		{"frobnicate"},
		{"--frobnicate"},
		{"export", "-frobnicate", "-format", "json", "-o", filepath.Join(t.TempDir(), "x.casefile")},
		{"export", "-o", filepath.Join(t.TempDir(), "x.casefile")},
		{"export", "-format", "docx", "-o", filepath.Join(t.TempDir(), "x.docx")},
		{"validate"},
		{"validate", "a.casefile", "b.casefile"},
	} {
		r := run(t, args...)
		if r.code != 2 || !strings.Contains(r.stderr, "casefile") || r.stdout != "" {
			t.Errorf("casefile %s: exit %d, stderr %q; want exit 2 and a message on stderr", strings.Join(args, " "), r.code, r.stderr)
		}
	}
}

func TestE2EQuietUnderEveryLocale(t *testing.T) {
	path := filepath.Join(t.TempDir(), "albania.casefile")
	if err := os.WriteFile(path, assets.DefaultCase, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"C.UTF-8", "C", "POSIX", "", "en_US.UTF-8", "sq_AL.UTF-8"} {
		env := []string{"LC_ALL=", "LC_MESSAGES=", "LANGUAGE=", "LANG=" + lang}
		r := runEnv(t, env, "validate", path)
		if r.code != 0 || r.stderr != "" || !strings.Contains(r.stdout, "valid") {
			t.Errorf("LANG=%q: exit %d, stdout %q, stderr %q; want 0, the summary and nothing on stderr", lang, r.code, r.stdout, r.stderr)
		}
	}
}

func TestE2EExportJSONThenValidate(t *testing.T) {
	out := filepath.Join(t.TempDir(), "albania.casefile")
	r := run(t, "export", "-format", "json", "-o", out)
	if r.code != 0 {
		t.Fatalf("export of the default case: exit %d: %s", r.code, r.stderr)
	}
	want := defaultCase(t)
	got, err := casefile.Load(out)
	if err != nil {
		t.Fatalf("the exported case does not load: %v", err)
	}
	if got.ID != want.ID || len(got.Statements) != len(want.Statements) || len(got.Actors) != len(want.Actors) {
		t.Errorf("exported case differs from the default case: %d statements, %d actors; want %d, %d",
			len(got.Statements), len(got.Actors), len(want.Statements), len(want.Actors))
	}
	r = run(t, "validate", out)
	if r.code != 0 {
		t.Fatalf("validate: exit %d: %s", r.code, r.stderr)
	}
	for _, part := range append([]string{"valid", want.Title}, want.Counts()...) {
		if !strings.Contains(r.stdout, part) {
			t.Errorf("validate summary %q does not mention %q", r.stdout, part)
		}
	}
}

// A quote that is not in its source's text leaves the file valid, and
// validate says which and shows the closest passage.
func TestE2EValidateWarnsOfUnverifiedQuotes(t *testing.T) {
	c := defaultCase(t)
	c.Statements[2].Quote = strings.Replace(c.Statements[2].Quote, "e", "ë", 1)
	path := filepath.Join(t.TempDir(), "typo.casefile")
	if err := casefile.Save(path, c); err != nil {
		t.Fatal(err)
	}
	r := run(t, "validate", path)
	if r.code != 0 || !strings.Contains(r.stdout, "11 of 12 quotes verified") {
		t.Fatalf("validate: exit %d, stdout %q", r.code, r.stdout)
	}
	if !strings.Contains(r.stderr, "1 warning") || !strings.Contains(r.stderr, c.Statements[2].Title) || !strings.Contains(r.stderr, "closest passage reads") {
		t.Errorf("validate's warnings: %q", r.stderr)
	}
}

// A releasable case file holds nothing above its limit, says so, and is
// never written over the case itself.
func TestE2EReleasableCaseFile(t *testing.T) {
	c := defaultCase(t)
	c.Marking = casefile.TLPAmber
	for i := range c.Statements {
		c.Statements[i].Marking = ""
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "amber.casefile")
	if err := casefile.Save(path, c); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "clear.casefile")
	r := run(t, "export", "-format", "json", "-max-marking", "TLP:CLEAR", "-o", out, path)
	if r.code != 0 || !strings.Contains(r.stdout, "withheld above TLP:CLEAR") {
		t.Fatalf("export: exit %d, %q %q", r.code, r.stdout, r.stderr)
	}
	data, _ := os.ReadFile(out)
	for _, st := range c.Statements {
		if strings.Contains(string(data), st.Title) {
			t.Errorf("the CLEAR release holds %q", st.Title)
		}
	}
	rel, err := casefile.Load(out)
	if err != nil || rel.Marking.Rank() > casefile.TLPClear.Rank() || rel.Release.Count("statements") != len(c.Statements) {
		t.Errorf("the release: %v, marked %v", err, rel)
	}
	before, _ := os.ReadFile(path)
	r = run(t, "export", "-format", "json", "-max-marking", "TLP:CLEAR", "-o", path, path)
	if after, _ := os.ReadFile(path); r.code == 0 || !bytes.Equal(before, after) || !strings.Contains(r.stderr, "would destroy the case") {
		t.Errorf("a release over the case itself: exit %d, %q", r.code, r.stderr)
	}
}

// badFiles are case files that must be refused, with a word of the reason.
func badFiles(t *testing.T) map[string]struct {
	content, reason string
} {
	var good bytes.Buffer
	if err := casefile.Encode(&good, defaultCase(t)); err != nil {
		t.Fatal(err)
	}
	g := good.String()
	c := defaultCase(t)
	speaker := c.Statements[0].Speaker
	return map[string]struct{ content, reason string }{
		"truncated":    {g[:len(g)/2], "cut short"},
		"dangling":     {strings.Replace(g, `"speaker": "`+speaker+`"`, `"speaker": "no-such-actor"`, 1), `"no-such-actor" does not exist`},
		"newer":        {strings.Replace(g, fmt.Sprintf(`"version": %d`, casefile.FormatVersion), `"version": 99`, 1), "version 99"},
		"unknown":      {strings.Replace(g, `"format": "casefile",`, `"format": "casefile", "colour": "red",`, 1), `"colour"`},
		"trailing":     {g + "{}", "more data after the case"},
		"not utf-8":    {strings.Replace(g, "Albania", "Alb\xffnia", 1), "UTF-8"},
		"empty":        {"", "the file is empty"},
		"only a BOM":   {"\xef\xbb\xbf \n", "the file is empty"},
		"zeroed":       {strings.Repeat("\x00", 4096), "only zero bytes"},
		"not a case":   {`{"hello": "world"}`, "not a Casefile case file"},
		"wrong format": {strings.Replace(g, `"format": "casefile"`, `"format": "other"`, 1), `"other"`},
	}
}

func TestE2EValidateRefusesBrokenFiles(t *testing.T) {
	dir := t.TempDir()
	for name, bad := range badFiles(t) {
		path := filepath.Join(dir, strings.ReplaceAll(name, " ", "-")+".casefile")
		if err := os.WriteFile(path, []byte(bad.content), 0o644); err != nil {
			t.Fatal(err)
		}
		r := run(t, "validate", path)
		if r.code != 1 || !strings.Contains(r.stderr, bad.reason) {
			t.Errorf("validate %s: exit %d, stderr %q; want exit 1 and a message containing %q", name, r.code, r.stderr, bad.reason)
		}
		if got, _ := os.ReadFile(path); string(got) != bad.content {
			t.Errorf("validate %s changed the file", name)
		}
	}
	if r := run(t, "validate", filepath.Join(dir, "missing.casefile")); r.code != 1 || !strings.Contains(r.stderr, "no such file") {
		t.Errorf("validate of a missing file: exit %d, stderr %q", r.code, r.stderr)
	}
}

func TestE2EExportNeverReplacesOutputFromBadInput(t *testing.T) {
	dir := t.TempDir()
	for name, bad := range badFiles(t) {
		in := filepath.Join(dir, "in.casefile")
		if err := os.WriteFile(in, []byte(bad.content), 0o644); err != nil {
			t.Fatal(err)
		}
		for _, format := range []string{"json", "pdf", "md"} {
			out := filepath.Join(dir, "out."+format)
			precious := []byte("an earlier export the analyst wants to keep")
			if err := os.WriteFile(out, precious, 0o644); err != nil {
				t.Fatal(err)
			}
			r := run(t, "export", "-format", format, "-o", out, in)
			if r.code != 1 || !strings.Contains(r.stderr, "not written") {
				t.Errorf("export %s of %s: exit %d, stderr %q; want exit 1 saying the output was not written", format, name, r.code, r.stderr)
			}
			if got, _ := os.ReadFile(out); !bytes.Equal(got, precious) {
				t.Errorf("export %s of %s replaced the existing %s", format, name, out)
			}
		}
	}
	leftovers, _ := filepath.Glob(filepath.Join(dir, ".*"))
	if len(leftovers) > 0 {
		t.Errorf("failed exports left files behind: %v", leftovers)
	}
}

func TestE2EExportRefusesToOverwriteItsInput(t *testing.T) {
	in := filepath.Join(t.TempDir(), "case.casefile")
	if r := run(t, "export", "-format", "json", "-o", in); r.code != 0 {
		t.Fatal(r.stderr)
	}
	before, _ := os.ReadFile(in)
	r := run(t, "export", "-format", "pdf", "-o", in, in)
	if r.code != 1 || !strings.Contains(r.stderr, "destroy the case") {
		t.Errorf("exporting a PDF over its own case file: exit %d, stderr %q; want a refusal", r.code, r.stderr)
	}
	if after, _ := os.ReadFile(in); !bytes.Equal(before, after) {
		t.Error("the case file was changed")
	}
}

// normalizeSpace folds every run of Unicode white space (the article's quotes
// hold no-break spaces) to one space, as "verbatim, whitespace aside" asks.
func normalizeSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

func tool(t *testing.T, name string, args ...string) string {
	t.Helper()
	if _, err := exec.LookPath(name); err != nil {
		t.Fatalf("%s is not installed: run scripts/deps.sh --test (it installs poppler-utils and qpdf)", name)
	}
	out, err := exec.Command(name, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("%s %v: %v\n%s", name, args, err, out)
	}
	return string(out)
}

func TestE2EBriefingPDF(t *testing.T) {
	dir := t.TempDir()
	pdf := filepath.Join(dir, "briefing.pdf")
	if r := run(t, "export", "-format", "pdf", "-o", pdf); r.code != 0 {
		t.Fatalf("export -format pdf: exit %d: %s", r.code, r.stderr)
	}
	c := defaultCase(t)

	tool(t, "qpdf", "--check", pdf)

	fonts := strings.Split(strings.TrimSpace(tool(t, "pdffonts", pdf)), "\n")
	if len(fonts) < 3 {
		t.Fatalf("pdffonts lists no fonts:\n%s", strings.Join(fonts, "\n"))
	}
	for _, line := range fonts[2:] {
		f := strings.Fields(line)
		// name type encoding emb sub uni object ID: emb is 5th from the end.
		if len(f) < 7 || f[len(f)-5] != "yes" {
			t.Errorf("font not embedded: %s", line)
		}
	}

	info := tool(t, "pdfinfo", pdf)
	m := regexp.MustCompile(`(?m)^Pages:\s+(\d+)`).FindStringSubmatch(info)
	if m == nil {
		t.Fatalf("pdfinfo gives no page count:\n%s", info)
	}
	pages, _ := strconv.Atoi(m[1])
	if pages < 3 {
		t.Errorf("the default briefing has %d pages; expected a cover, contents and sections", pages)
	}
	label := string(c.Marking)
	for i := 1; i <= pages; i++ {
		text := tool(t, "pdftotext", "-layout", "-f", strconv.Itoa(i), "-l", strconv.Itoa(i), pdf, "-")
		if n := strings.Count(text, label); n < 2 {
			t.Errorf("page %d shows the marking %s %d time(s); want it in the header and the footer", i, label, n)
		}
		if want := fmt.Sprintf("Page %d of %d", i, pages); !strings.Contains(text, want) {
			t.Errorf("page %d lacks %q", i, want)
		}
	}

	all := normalizeSpace(tool(t, "pdftotext", pdf, "-"))
	for _, s := range c.Statements {
		if !strings.Contains(all, normalizeSpace(s.Quote)) {
			t.Errorf("statement %q: quote not found verbatim in the briefing's text: %s", s.Title, s.Quote)
		}
	}

	again := filepath.Join(dir, "again.pdf")
	if r := run(t, "export", "-format", "pdf", "-o", again); r.code != 0 {
		t.Fatal(r.stderr)
	}
	a, _ := os.ReadFile(pdf)
	b, _ := os.ReadFile(again)
	if !bytes.Equal(a, b) {
		t.Error("two exports of the same case differ; the briefing must be byte-identical")
	}
}

func TestE2EBriefingMarkdown(t *testing.T) {
	md := filepath.Join(t.TempDir(), "briefing.md")
	if r := run(t, "export", "-format", "md", "-o", md); r.code != 0 {
		t.Fatalf("export -format md: exit %d: %s", r.code, r.stderr)
	}
	data, err := os.ReadFile(md)
	if err != nil {
		t.Fatal(err)
	}
	c := defaultCase(t)
	text := string(data)
	lines := strings.Split(strings.TrimSpace(text), "\n")
	if !strings.Contains(lines[0], string(c.Marking)) || !strings.Contains(lines[len(lines)-1], string(c.Marking)) {
		t.Errorf("the Markdown briefing must carry %s in its first and last lines: %q … %q", c.Marking, lines[0], lines[len(lines)-1])
	}
	for _, s := range c.Statements {
		if !strings.Contains(normalizeSpace(strings.ReplaceAll(text, "\n>", " ")), normalizeSpace(s.Quote)) {
			t.Errorf("statement %q: quote missing from the Markdown briefing", s.Title)
		}
	}
}

func TestE2EReleasableExportLeavesOutHigherMarkings(t *testing.T) {
	dir := t.TempDir()
	c := defaultCase(t)
	c.Marking = casefile.TLPAmber
	for i := range c.Statements {
		c.Statements[i].Marking = casefile.TLPClear
	}
	for i := range c.Events {
		c.Events[i].Marking = casefile.TLPClear
	}
	// The longest quote is not repeated in any description, so it can only
	// reach the briefing as the statement itself.
	secret, kept := c.Statements[0], c.Statements[1]
	for _, s := range c.Statements {
		if len(s.Quote) > len(secret.Quote) {
			secret = s
		}
	}
	if kept.ID == secret.ID {
		kept = c.Statements[0]
	}
	secret.Marking = casefile.TLPAmber
	if err := c.UpdateStatement(secret); err != nil {
		t.Fatal(err)
	}
	in := filepath.Join(dir, "amber.casefile")
	if err := casefile.Save(in, c); err != nil {
		t.Fatal(err)
	}
	md := filepath.Join(dir, "green.md")
	if r := run(t, "export", "-format", "md", "-max-marking", "TLP:GREEN", "-o", md, in); r.code != 0 {
		t.Fatalf("releasable export: exit %d: %s", r.code, r.stderr)
	}
	data, _ := os.ReadFile(md)
	if strings.Contains(normalizeSpace(string(data)), normalizeSpace(secret.Quote)) {
		t.Error("a TLP:AMBER statement appears in a TLP:GREEN releasable export")
	}
	if !strings.Contains(normalizeSpace(string(data)), normalizeSpace(kept.Quote)) {
		t.Error("a TLP:CLEAR statement is missing from the TLP:GREEN releasable export")
	}
	if strings.Contains(string(data), "TLP:AMBER") || !strings.Contains(string(data), "TLP:CLEAR") {
		t.Error("the releasable export must be marked with the highest marking it includes, TLP:CLEAR")
	}
}

// TestE2EWhatIsNotAFileIsRefusedAtOnce: a named pipe, a folder or a device
// given as a case file, or as the file to write, is refused with what it
// is; before, a pipe hung validate and every export forever.
func TestE2EWhatIsNotAFileIsRefusedAtOnce(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe.casefile")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ path, kind string }{
		{fifo, "a named pipe (FIFO)"}, {dir, "a folder"}, {"/dev/zero", "a device"}, {"/dev/null", "a device"},
	} {
		if r := run(t, "validate", tc.path); r.code != 1 || !strings.Contains(r.stderr, tc.kind) {
			t.Errorf("validate %s: exit %d, stderr %q; want exit 1 naming %s", tc.path, r.code, r.stderr, tc.kind)
		}
		out := filepath.Join(dir, "out.pdf")
		if r := run(t, "export", "-format", "pdf", "-o", out, tc.path); r.code != 1 || !strings.Contains(r.stderr, tc.kind) {
			t.Errorf("export of %s: exit %d, stderr %q; want exit 1 naming %s", tc.path, r.code, r.stderr, tc.kind)
		}
		if _, err := os.Stat(out); err == nil {
			t.Errorf("export of %s wrote %s", tc.path, out)
		}
	}
	if r := run(t, "export", "-format", "md", "-o", fifo); r.code != 1 || !strings.Contains(r.stderr, "not a regular file") {
		t.Errorf("export to a pipe: exit %d, stderr %q; want a refusal", r.code, r.stderr)
	}
}
