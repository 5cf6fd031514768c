package main

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/casefile/casefile/casefile"
)

// typing makes the terminal answer with the lines given, in turn, and
// records the prompts.
func typing(t *testing.T, lines ...string) *[]string {
	t.Helper()
	var prompts []string
	prev := askTerminal
	askTerminal = func(prompt string) (string, error) {
		prompts = append(prompts, prompt)
		if len(lines) == 0 {
			return "", errNoTerminal
		}
		line := lines[0]
		lines = lines[1:]
		return line, nil
	}
	t.Cleanup(func() { askTerminal = prev })
	return &prompts
}

func encryptedFile(t *testing.T, passphrase string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "case.casefile")
	k, err := casefile.NewKey(passphrase, 10)
	if err != nil {
		t.Fatal(err)
	}
	if err := casefile.SaveKey(path, casefile.New("Encrypted", ""), k); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestTerminalPassphraseMayBeWrongAnyNumberOfTimes(t *testing.T) {
	path := encryptedFile(t, "right")
	prompts := typing(t, "wrong", "also wrong", "Right", "right")
	var said strings.Builder
	c, k, err := passphrases{verb: "casefile validate", stderr: &said}.loadCase(path)
	if err != nil || c == nil || k == nil {
		t.Fatalf("loadCase = %v, %v, %v", c, k, err)
	}
	if len(*prompts) != 4 || (*prompts)[0] != "Passphrase for "+path+": " {
		t.Errorf("prompts %q", *prompts)
	}
	if n := strings.Count(said.String(), "wrong passphrase; try again, or press Enter to stop"); n != 3 {
		t.Errorf("said %q, want three wrong passphrases", said.String())
	}
	// The key stays the file's for the rest of the command.
	typing(t)
	if again, k2, err := (passphrases{verb: "v", stderr: io.Discard}).loadCase(path); err != nil || again == nil || k2 != k {
		t.Errorf("loading again: %v, key %v; want the case with the same key, asking nothing", err, k2 == k)
	}
	casefile.UseKey(path, nil)

	// An empty line gives up; no terminal says how else to give it.
	typing(t, "wrong", "")
	if _, _, err := (passphrases{verb: "v", stderr: io.Discard}).loadCase(path); err == nil || !strings.Contains(err.Error(), "no passphrase was given") {
		t.Errorf("giving up: %v", err)
	}
	typing(t)
	if _, _, err := (passphrases{verb: "v", stderr: io.Discard}).loadCase(path); !errors.Is(err, errNoTerminal) {
		t.Errorf("no terminal: %v", err)
	}
}

func TestNewPassphraseIsAskedTwice(t *testing.T) {
	prompts := typing(t, "one", "two", "three", "three")
	var said strings.Builder
	got, err := passphrases{verb: "casefile encrypt", stderr: &said}.choose("case.casefile")
	if err != nil || got != "three" {
		t.Fatalf("choose = %q, %v", got, err)
	}
	if len(*prompts) != 4 || !strings.Contains(said.String(), "the two passphrases differ") {
		t.Errorf("prompts %q, said %q", *prompts, said.String())
	}
	typing(t, "")
	if _, err := (passphrases{verb: "v", stderr: io.Discard}).choose("c"); err == nil {
		t.Error("an empty new passphrase was taken")
	}
}

func TestPassphraseFileGivesItsFirstLine(t *testing.T) {
	dir := t.TempDir()
	for content, want := range map[string]string{
		"secret\n":            "secret",
		"secret\r\nignored\n": "secret",
		"secret":              "secret",
		"  spaced  \n":        "  spaced  ",
		"\nsecret\n":          "",
		"":                    "",
	} {
		p := filepath.Join(dir, "p")
		if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
		got, err := readPassphraseFile(p)
		if want == "" {
			if err == nil || !strings.Contains(err.Error(), "holds no passphrase") {
				t.Errorf("%q: %q, %v; want it refused", content, got, err)
			}
			continue
		}
		if err != nil || got != want {
			t.Errorf("%q: %q, %v; want %q", content, got, err, want)
		}
	}
	if _, err := readPassphraseFile(filepath.Join(dir, "missing")); err == nil {
		t.Error("a missing passphrase file was read")
	}
}

func TestGUIArguments(t *testing.T) {
	for _, tc := range []struct {
		args           []string
		path, passFile string
		ok             bool
	}{
		{nil, "", "", true},
		{[]string{"a.casefile"}, "a.casefile", "", true},
		{[]string{"-passphrase-file", "p", "a.casefile"}, "a.casefile", "p", true},
		{[]string{"a.casefile", "-passphrase-file=p"}, "a.casefile", "p", true},
		{[]string{"-passphrase-file", "p"}, "", "", false},
		{[]string{"a.casefile", "b.casefile"}, "", "", false},
		{[]string{"-passphrase", "secret", "a.casefile"}, "", "", false},
	} {
		path, passFile, ok := guiArgs(tc.args)
		if path != tc.path || passFile != tc.passFile || ok != tc.ok {
			t.Errorf("guiArgs(%q) = %q, %q, %v; want %q, %q, %v", tc.args, path, passFile, ok, tc.path, tc.passFile, tc.ok)
		}
	}
}
