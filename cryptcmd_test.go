//go:build unix

package main

import (
	"bytes"
	"context"
	crand "crypto/rand"
	"encoding/hex"
	"errors"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/casefile/casefile/casefile"
)

// runDetached runs the binary as runEnv does, but with no controlling
// terminal (a session of its own), so that a passphrase it asks for can
// never be read from the terminal the tests run in.
func runDetached(t *testing.T, args ...string) result {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, args...)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	cmd.Env = append(os.Environ(), "DISPLAY=")
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true}
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

func token() string {
	b := make([]byte, 12)
	crand.Read(b)
	return "leaktoken" + hex.EncodeToString(b)
}

// passphraseFile writes a passphrase file outside the case's folder.
func passphraseFile(t *testing.T, passphrase string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "passphrase")
	if err := os.WriteFile(p, []byte(passphrase+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// plaintextIn lists the files in dir that hold the token or the start of
// a case file in plaintext.
func plaintextIn(t *testing.T, dir, token string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var found []string
	for _, e := range entries {
		data, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if bytes.Contains(data, []byte(token)) || bytes.Contains(data, []byte(`"format": "casefile"`)) {
			found = append(found, e.Name())
		}
	}
	return found
}

func noPlaintext(t *testing.T, dir, token, when string) {
	t.Helper()
	if found := plaintextIn(t, dir, token); len(found) > 0 {
		t.Errorf("%s: %q hold the case in plaintext", when, found)
	}
}

// tokenCase saves the default case with token in its summary, twice (so
// that it has a backup), unencrypted, in a folder of its own.
func tokenCase(t *testing.T, token string) string {
	t.Helper()
	c := defaultCase(t)
	c.Summary += " " + token
	path := filepath.Join(t.TempDir(), "secret.casefile")
	for range 2 {
		if err := casefile.Save(path, c); err != nil {
			t.Fatal(err)
		}
	}
	return path
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func wantRun(t *testing.T, r result, code int, where string, fragments ...string) {
	t.Helper()
	if r.code != code {
		t.Errorf("exit %d, want %d; stdout %q, stderr %q", r.code, code, r.stdout, r.stderr)
	}
	text := r.stdout
	if where == "stderr" {
		text = r.stderr
	}
	for _, f := range fragments {
		if !strings.Contains(text, f) {
			t.Errorf("%s %q does not say %q", where, text, f)
		}
	}
}

func TestE2EEncryptValidateExportPasswdDecrypt(t *testing.T) {
	t.Setenv("TMPDIR", t.TempDir()) // the binary's inode locks, and ours
	tok := token()
	path := tokenCase(t, tok)
	dir := filepath.Dir(path)
	first, second, wrong := passphraseFile(t, "first passphrase"), passphraseFile(t, "second passphrase"), passphraseFile(t, "not it")

	// No passphrase is taken from the command line itself.
	wantRun(t, runDetached(t, "encrypt", "-passphrase", "first passphrase", path), 2, "stderr", "flag provided but not defined")

	wantRun(t, runDetached(t, "encrypt", "-passphrase-file", first, path), 0, "stdout", "encrypted "+path)
	noPlaintext(t, dir, tok, "after encrypt")
	for _, f := range []string{path, casefile.BackupPath(path)} {
		if !bytes.HasPrefix(mustRead(t, f), []byte("casefile-encrypted 1: ")) {
			t.Errorf("%s is not an encrypted case file", filepath.Base(f))
		}
	}
	encrypted := mustRead(t, path)
	unchanged := func(what string) {
		t.Helper()
		if !bytes.Equal(mustRead(t, path), encrypted) {
			t.Errorf("%s changed the case file", what)
		}
	}
	wantRun(t, runDetached(t, "encrypt", "-passphrase-file", first, path), 1, "stderr", "already encrypted")
	unchanged("encrypting twice")

	// validate: the passphrase from the file; a wrong one; none, with no
	// terminal to ask on.
	r := runDetached(t, "validate", "-passphrase-file", first, path)
	wantRun(t, r, 0, "stdout", "valid", "encrypted")
	wantRun(t, runDetached(t, "validate", "-passphrase-file", wrong, path), 1, "stderr", "wrong passphrase")
	wantRun(t, runDetached(t, "validate", path), 1, "stderr", "is encrypted", "no terminal", "-passphrase-file")
	unchanged("validate")

	// quotes -case: the speakers matched to the encrypted case's actors.
	article := articleFiles(t)["txt"]
	wantRun(t, runDetached(t, "quotes", "-case", path, "-passphrase-file", first, article), 0, "stdout", "\tEdi Rama\t")
	wantRun(t, runDetached(t, "quotes", "-case", path, "-passphrase-file", wrong, article), 1, "stderr", "wrong passphrase")
	wantRun(t, runDetached(t, "quotes", "-case", path, article), 1, "stderr", "is encrypted", "-passphrase-file")
	wantRun(t, runDetached(t, "quotes", "-passphrase-file", first, article), 2, "stderr", "give -case too")
	unchanged("quotes -case")

	// export: a warning, once, and the export unencrypted, elsewhere.
	out := t.TempDir()
	for _, format := range []string{"md", "json", "pdf"} {
		o := filepath.Join(out, "export."+format)
		r := runDetached(t, "export", "-format", format, "-o", o, "-passphrase-file", first, path)
		wantRun(t, r, 0, "stderr", "warning: "+path+" is encrypted, but the export "+o+" will not be")
		if n := strings.Count(r.stderr, "warning"); n != 1 {
			t.Errorf("export %s warned %d times: %q", format, n, r.stderr)
		}
	}
	if !bytes.Contains(mustRead(t, filepath.Join(out, "export.json")), []byte(tok)) {
		t.Error("the exported case file is not the case")
	}
	precious := filepath.Join(out, "precious.md")
	os.WriteFile(precious, []byte("keep me"), 0o644)
	wantRun(t, runDetached(t, "export", "-format", "md", "-o", precious, "-passphrase-file", wrong, path), 1, "stderr", "wrong passphrase", "not written")
	if string(mustRead(t, precious)) != "keep me" {
		t.Error("an export with the wrong passphrase replaced its output")
	}
	noPlaintext(t, dir, tok, "after the exports")
	// Each export is recorded in the case, which stays encrypted.
	if encrypted = mustRead(t, path); !bytes.HasPrefix(encrypted, []byte("casefile-encrypted 1: ")) {
		t.Fatal("recording the exports left the case unencrypted")
	}

	// passwd: refused with the wrong current passphrase; then the new one
	// alone opens the file and its backup.
	wantRun(t, runDetached(t, "passwd", "-passphrase-file", wrong, "-new-passphrase-file", second, path), 1, "stderr", "wrong passphrase", "nothing was changed")
	unchanged("passwd with a wrong passphrase")
	wantRun(t, runDetached(t, "passwd", "-passphrase-file", first, "-new-passphrase-file", second, path), 0, "stdout", "changed the passphrase")
	noPlaintext(t, dir, tok, "after passwd")
	for _, f := range []string{path, casefile.BackupPath(path)} {
		wantRun(t, runDetached(t, "validate", "-passphrase-file", first, f), 1, "stderr", "wrong passphrase")
		wantRun(t, runDetached(t, "validate", "-passphrase-file", second, f), 0, "stdout", "valid")
	}

	// decrypt: to another file, which a failure leaves as it was.
	plain := filepath.Join(out, "plain.casefile")
	os.WriteFile(plain, []byte("keep me"), 0o644)
	wantRun(t, runDetached(t, "decrypt", "-passphrase-file", first, "-o", plain, path), 1, "stderr", "wrong passphrase", "was not written")
	if string(mustRead(t, plain)) != "keep me" {
		t.Error("a failed decrypt replaced its output")
	}
	wantRun(t, runDetached(t, "decrypt", "-passphrase-file", second, "-o", plain, path), 0, "stdout", "wrote "+plain+", unencrypted")
	if got, err := casefile.Load(plain); err != nil || !strings.Contains(got.Summary, tok) {
		t.Errorf("the decrypted file: %v", err)
	}
	noPlaintext(t, dir, tok, "after decrypt to another folder")
	wantRun(t, runDetached(t, "decrypt", "-passphrase-file", second, "-o", filepath.Join(out, "again.casefile"), plain), 1, "stderr", "not encrypted")

	// decrypt in place removes the encryption of the file and its backup.
	wantRun(t, runDetached(t, "decrypt", "-passphrase-file", second, "-o", path, path), 0, "stdout", "removed the encryption")
	for _, f := range []string{path, casefile.BackupPath(path)} {
		if _, err := casefile.Load(f); err != nil {
			t.Errorf("%s after removing the encryption: %v", filepath.Base(f), err)
		}
	}
	wantRun(t, runDetached(t, "passwd", "-passphrase-file", first, path), 1, "stderr", "not encrypted")
}

func TestE2EDamagedEncryptedFileIsRefused(t *testing.T) {
	tok := token()
	path := tokenCase(t, tok)
	pass := passphraseFile(t, "the passphrase")
	wantRun(t, runDetached(t, "encrypt", "-passphrase-file", pass, path), 0, "stdout", "encrypted")
	data := mustRead(t, path)
	for _, damage := range []struct {
		name string
		data []byte
	}{
		{"a flipped byte", func() []byte { d := bytes.Clone(data); d[len(d)/3] ^= 0x40; return d }()},
		{"cut short", data[:len(data)-100]},
		{"its first line damaged", func() []byte { d := bytes.Clone(data); d[3] = 'X'; return d }()},
	} {
		if err := os.WriteFile(path, damage.data, 0o644); err != nil {
			t.Fatal(err)
		}
		// Refused before any passphrase is asked for: no terminal, no file.
		wantRun(t, runDetached(t, "validate", path), 1, "stderr", "damaged encrypted case file", "not decrypted", "secret.casefile.bak")
		out := filepath.Join(t.TempDir(), "out.md")
		wantRun(t, runDetached(t, "export", "-format", "md", "-o", out, "-passphrase-file", pass, path), 1, "stderr", "damaged")
		if _, err := os.Stat(out); err == nil {
			t.Errorf("%s: an export was written", damage.name)
		}
		wantRun(t, runDetached(t, "passwd", "-passphrase-file", pass, "-new-passphrase-file", pass, path), 1, "stderr", "damaged")
		if !bytes.Equal(mustRead(t, path), damage.data) {
			t.Errorf("%s: the damaged file was changed", damage.name)
		}
	}
	// Its backup opens.
	wantRun(t, runDetached(t, "validate", "-passphrase-file", pass, casefile.BackupPath(path)), 0, "stdout", "valid")
}

func TestE2EEncryptRefusesCaseOpenElsewhere(t *testing.T) {
	t.Setenv("TMPDIR", t.TempDir())
	path := tokenCase(t, token())
	lock, err := casefile.AcquireLock(path) // a Casefile window holds it
	if err != nil {
		t.Fatal(err)
	}
	defer lock.Release()
	before := mustRead(t, path)
	wantRun(t, runDetached(t, "encrypt", "-passphrase-file", passphraseFile(t, "p"), path), 1, "stderr", "is open in another Casefile", "nothing was changed")
	if !bytes.Equal(mustRead(t, path), before) {
		t.Error("the case was changed")
	}
}

// TestE2EKill9DuringEncryptOrPasswd kills the binary with SIGKILL while
// it encrypts a large case or changes its passphrase: at a random moment,
// or as soon as its save has begun. Whatever the moment, no file but the
// case file and its backup holds the case in plaintext, those only while
// encrypt has not replaced them, and an encrypted case file or backup
// always opens, with the old passphrase or the new.
func TestE2EKill9DuringEncryptOrPasswd(t *testing.T) {
	t.Setenv("TMPDIR", t.TempDir())
	runs := 8
	if testing.Short() {
		runs = 4
	}
	tok := token()
	c := casefile.Synthetic(10000, 1)
	c.Summary = tok
	dir := t.TempDir()
	path := filepath.Join(dir, "big.casefile")
	passes := []string{passphraseFile(t, "first"), passphraseFile(t, "second")}
	encrypted := func(f string) bool { return bytes.HasPrefix(mustRead(t, f), []byte("casefile-encrypted")) }
	plain := func() {
		t.Helper()
		os.Remove(path)
		os.Remove(casefile.BackupPath(path))
		for range 2 {
			if err := casefile.Save(path, c); err != nil {
				t.Fatal(err)
			}
		}
	}
	plain()
	start := time.Now()
	wantRun(t, runDetached(t, "encrypt", "-passphrase-file", passes[0], path), 0, "stdout", "encrypted")
	took := time.Since(start)
	current, midSave := 0, 0
	for run := range runs {
		encrypting := run%2 == 0
		args := []string{"passwd", "-passphrase-file", passes[current], "-new-passphrase-file", passes[1-current], path}
		switch {
		case encrypting:
			plain()
			args = []string{"encrypt", "-passphrase-file", passes[0], path}
		case !encrypted(path):
			wantRun(t, runDetached(t, "encrypt", "-passphrase-file", passes[0], path), 0, "stdout", "encrypted")
			current = 0
			args[2], args[4] = passes[0], passes[1]
		}
		cmd := exec.Command(bin, args...)
		cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		if run%4 < 2 {
			time.Sleep(time.Duration(rand.Int64N(int64(took))))
		} else {
			// Once the save's temporary file is there, within the save.
			for deadline := time.Now().Add(took * 3); time.Now().Before(deadline); time.Sleep(time.Millisecond) {
				if m, _ := filepath.Glob(filepath.Join(dir, ".big.casefile.tmp-*")); len(m) > 0 {
					break
				}
			}
			time.Sleep(time.Duration(rand.IntN(40)) * time.Millisecond)
		}
		cmd.Process.Kill()
		finished := cmd.Wait() == nil

		var files []string
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			files = append(files, e.Name())
			if strings.Contains(e.Name(), ".tmp") {
				midSave++
			}
		}
		caseEncrypted := encrypted(path)
		for _, name := range plaintextIn(t, dir, tok) {
			if caseEncrypted || name != "big.casefile" && name != "big.casefile.bak" {
				t.Errorf("run %d (%s, finished %v): %s holds the case in plaintext; the folder holds %q", run, args[0], finished, name, files)
			}
		}
		if !encrypting && !caseEncrypted {
			t.Errorf("run %d: passwd left the case unencrypted", run)
		}
		// Whatever is encrypted opens, with the old passphrase or the new.
		for _, f := range []string{path, casefile.BackupPath(path)} {
			if !encrypted(f) {
				continue
			}
			opens := -1
			for _, i := range []int{1 - current, current} {
				if runDetached(t, "validate", "-passphrase-file", passes[i], f).code == 0 {
					opens = i
					break
				}
			}
			if opens < 0 {
				t.Errorf("run %d: %s opens with neither passphrase", run, filepath.Base(f))
			}
			if f == path && opens >= 0 {
				current = opens
			}
		}
		t.Logf("run %d (%s): finished %v, folder %q", run, args[0], finished, files)
	}
	if midSave == 0 {
		t.Error("no kill cut a save short")
	}
}
