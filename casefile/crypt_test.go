package casefile

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// testWorkFactor keeps the tests' key derivations to a millisecond.
const testWorkFactor = 10

func testKey(t testing.TB, passphrase string) *Key {
	t.Helper()
	k, err := NewKey(passphrase, testWorkFactor)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// leakToken is a word found nowhere but in the case it is put in.
func leakToken(t testing.TB) string {
	t.Helper()
	b := make([]byte, 12)
	rand.Read(b)
	return "leaktoken" + hex.EncodeToString(b)
}

// tokenCase is a valid case whose title, a note and a quote hold token.
func tokenCase(token string) *Case {
	c := sampleCase()
	c.Title = "Case " + token
	c.Notes[0].Body = "The note says " + token + "."
	c.Statements[1].Quote = "A quote with " + token + " in it."
	return c
}

// plaintextSigns are what any file holding a case file in plaintext
// contains: the token put in it, and the case file's opening fields.
func plaintextSigns(token string) []string {
	return []string{token, `"format": "casefile"`, `"statements"`}
}

// scanForPlaintext fails the test if any file in dir (hidden, backup,
// temporary and lock files included) holds a sign of the case in
// plaintext, and returns the names of the files it read.
func scanForPlaintext(t *testing.T, dir, token string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		if !e.Type().IsRegular() {
			continue
		}
		data, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		names = append(names, e.Name())
		for _, sign := range plaintextSigns(token) {
			if bytes.Contains(data, []byte(sign)) {
				t.Errorf("%s holds %q in plaintext", e.Name(), sign)
			}
		}
	}
	return names
}

// caseBytes is the case as an unencrypted save writes it, to compare cases.
func caseBytes(t testing.TB, c *Case) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Encode(&buf, c); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func mustUnlock(t *testing.T, path, passphrase string) (*Case, *Key) {
	t.Helper()
	_, err := Load(path)
	var enc *EncryptedError
	if !errors.As(err, &enc) {
		t.Fatalf("Load of %s = %v, want an *EncryptedError", path, err)
	}
	c, k, err := enc.Unlock(passphrase)
	if err != nil {
		t.Fatalf("Unlock of %s: %v", path, err)
	}
	return c, k
}

func TestEncryptedRoundTrip(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "case.casefile")
	token := leakToken(t)
	c := tokenCase(token)
	k := testKey(t, "correct horse battery staple")
	if err := SaveKey(path, c, k); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(data, []byte(sealedLine)) {
		t.Errorf("the file starts %q, want the line %q", data[:min(len(data), 80)], sealedLine)
	}
	scanForPlaintext(t, dir, token)

	// Without its key the file asks for its passphrase, which may be
	// wrong any number of times.
	_, err = Load(path)
	var enc *EncryptedError
	if !errors.As(err, &enc) || enc.Path != path {
		t.Fatalf("Load without the key = %v, want an *EncryptedError for %s", err, path)
	}
	wantErr(t, err, "case.casefile", "is encrypted")
	for _, wrong := range []string{"correct horse battery stapl", "Correct horse battery staple", " correct horse battery staple"} {
		if got, key, err := enc.Unlock(wrong); !errors.Is(err, ErrWrongPassphrase) || got != nil || key != nil {
			t.Errorf("Unlock(%q) = %v, %v, %v; want ErrWrongPassphrase and nothing", wrong, got, key, err)
		}
	}
	if _, _, err := enc.Unlock(""); err == nil {
		t.Errorf("an empty passphrase unlocked the file")
	}
	got, key, err := enc.Unlock("correct horse battery staple")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(caseBytes(t, got), caseBytes(t, c)) {
		t.Errorf("the decrypted case differs from the one saved")
	}
	if !bytes.Equal(key.block, k.block) || key.identity.String() != k.identity.String() {
		t.Errorf("Unlock gave another key than the file was saved with")
	}
	if err := key.Check("correct horse battery staple"); err != nil {
		t.Errorf("Check of the right passphrase: %v", err)
	}
	if err := key.Check("wrong"); !errors.Is(err, ErrWrongPassphrase) {
		t.Errorf("Check of a wrong passphrase = %v, want ErrWrongPassphrase", err)
	}

	// With the key in use the file loads and saves without a passphrase.
	UseKey(path, key)
	t.Cleanup(func() { UseKey(path, nil) })
	again, err := Load(path)
	if err != nil || !bytes.Equal(caseBytes(t, again), caseBytes(t, c)) {
		t.Fatalf("Load with the key in use = %v; want the case", err)
	}
	again.Summary = "Changed " + token
	if err := Save(path, again); err != nil {
		t.Fatal(err)
	}
	if back, err := Load(path); err != nil || back.Summary != again.Summary {
		t.Errorf("Load after Save with the key = %v, %v; want the changed case", back, err)
	}
	// That save kept the previous version, encrypted with the same key.
	if _, err := Load(BackupPath(path)); !errors.As(err, &enc) {
		t.Errorf("the backup is not an encrypted case file: %v", err)
	} else if bak, _, err := enc.Unlock("correct horse battery staple"); err != nil || bak.Summary != c.Summary {
		t.Errorf("the backup does not hold the previous version: %v", err)
	}
	scanForPlaintext(t, dir, token)
}

func TestNormalizedPassphrase(t *testing.T) {
	path := filepath.Join(t.TempDir(), "case.casefile")
	if err := SaveKey(path, sampleCase(), testKey(t, "caf\u00e9")); err != nil {
		t.Fatal(err)
	}
	mustUnlock(t, path, "cafe\u0301") // e and a combining accent
}

func TestFirstEncryptedSaveReplacesPlaintextBackup(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "case.casefile")
	token := leakToken(t)
	c := tokenCase(token)
	for range 2 { // a plaintext file and a plaintext backup
		if err := Save(path, c); err != nil {
			t.Fatal(err)
		}
	}
	k := testKey(t, "passphrase")
	if err := SaveKey(path, c, k); err != nil {
		t.Fatal(err)
	}
	folderHolds(t, path, "case.casefile", "case.casefile.bak")
	scanForPlaintext(t, dir, token)
	mustUnlock(t, BackupPath(path), "passphrase")
	if sameFile(path, BackupPath(path)) {
		t.Error("the backup is a hard link to the file: damage to one would be damage to both")
	}

	// Saves after it keep the previous (encrypted) version.
	UseKey(path, k)
	defer UseKey(path, nil)
	c.Summary = "second"
	if err := Save(path, c); err != nil {
		t.Fatal(err)
	}
	folderHolds(t, path, "case.casefile", "case.casefile.bak")
	if bak, _ := mustUnlock(t, BackupPath(path), "passphrase"); bak.Summary == "second" {
		t.Errorf("the backup holds the new version, not the previous one")
	}
	scanForPlaintext(t, dir, token)
}

func TestNewPassphraseLeavesNothingTheOldOneOpens(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "case.casefile")
	c := sampleCase()
	old := testKey(t, "old passphrase")
	for range 2 {
		if err := SaveKey(path, c, old); err != nil {
			t.Fatal(err)
		}
	}
	if err := SaveKey(path, c, testKey(t, "new passphrase")); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{path, BackupPath(path)} {
		_, err := Load(p)
		var enc *EncryptedError
		if !errors.As(err, &enc) {
			t.Fatalf("Load(%s) = %v", p, err)
		}
		if _, _, err := enc.Unlock("old passphrase"); !errors.Is(err, ErrWrongPassphrase) {
			t.Errorf("the old passphrase still opens %s: %v", filepath.Base(p), err)
		}
		if _, _, err := enc.Unlock("new passphrase"); err != nil {
			t.Errorf("the new passphrase does not open %s: %v", filepath.Base(p), err)
		}
	}
}

func TestRemovingEncryptionLeavesNoEncryptedBackup(t *testing.T) {
	path := filepath.Join(t.TempDir(), "case.casefile")
	c := sampleCase()
	k := testKey(t, "passphrase")
	for range 2 {
		if err := SaveKey(path, c, k); err != nil {
			t.Fatal(err)
		}
	}
	if err := SaveKey(path, c, nil); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{path, BackupPath(path)} {
		if got, err := Load(p); err != nil || !bytes.Equal(caseBytes(t, got), caseBytes(t, c)) {
			t.Errorf("Load(%s) after removing the encryption = %v", filepath.Base(p), err)
		}
	}
	folderHolds(t, path, "case.casefile", "case.casefile.bak")
}

func TestSaveWithoutKeyNeverWritesEncryptedCaseInPlaintext(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "case.casefile")
	token := leakToken(t)
	if err := SaveKey(path, tokenCase(token), testKey(t, "passphrase")); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(path)
	err := Save(path, tokenCase(token))
	wantErr(t, err, "not saving", "is an encrypted case file", "no key")
	if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
		t.Errorf("the refused save changed the file")
	}
	folderHolds(t, path, "case.casefile")
	scanForPlaintext(t, dir, token)
}

func TestKeyFollowsSymbolicLink(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "real.casefile")
	link := filepath.Join(dir, "link.casefile")
	if err := os.Symlink(target, link); err != nil {
		t.Skip(err)
	}
	k := testKey(t, "passphrase")
	UseKey(link, k)
	defer UseKey(target, nil)
	if KeyOf(target) != k {
		t.Errorf("the key given a link is not its target's")
	}
	if err := Save(link, sampleCase()); err != nil {
		t.Fatal(err)
	}
	if info, err := os.Lstat(link); err != nil || info.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the link is no longer a link")
	}
	if _, err := Load(target); err != nil {
		t.Errorf("Load of the target with the link's key: %v", err)
	}
	data, _ := os.ReadFile(target)
	if !startsSealed(data) {
		t.Errorf("the save through the link did not encrypt")
	}
}

// sealedCopy is a case saved encrypted, its key and its bytes.
func sealedCopy(t *testing.T, c *Case, passphrase string) (string, *Key, []byte) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "case.casefile")
	k := testKey(t, passphrase)
	if err := SaveKey(path, c, k); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return path, k, data
}

// mustBeDamaged fails the test unless the file at path, loaded with and
// without its key, is refused as damaged, and its backup named.
func mustBeDamaged(t *testing.T, path string, k *Key, what string) {
	t.Helper()
	for _, key := range []*Key{nil, k} {
		UseKey(path, key)
		c, err := Load(path)
		UseKey(path, nil)
		var d *DamagedError
		if c != nil || !errors.As(err, &d) {
			t.Fatalf("%s: Load (key %v) = %v, %v; want a *DamagedError and no case", what, key != nil, c != nil, err)
		}
		if _, err := os.Stat(BackupPath(path)); err == nil && d.Backup != BackupPath(path) {
			t.Fatalf("%s: the damage error names backup %q, want %q", what, d.Backup, BackupPath(path))
		}
	}
}

func TestDamagedEncryptedFileIsRefusedNeverDecrypted(t *testing.T) {
	cases := 12
	flips := 60
	if testing.Short() {
		cases, flips = 4, 20
	}
	for i := range cases {
		var c *Case
		if i == 0 {
			c = sampleCase()
		} else {
			c = Synthetic(1+i*7, uint64(i))
		}
		path, k, data := sealedCopy(t, c, fmt.Sprintf("passphrase %d", i))
		if err := os.WriteFile(BackupPath(path), data, 0o644); err != nil {
			t.Fatal(err)
		}
		for range flips {
			damagedData := bytes.Clone(data)
			at := randN(len(data))
			damagedData[at] ^= byte(1 + randN(255))
			if err := os.WriteFile(path, damagedData, 0o644); err != nil {
				t.Fatal(err)
			}
			mustBeDamaged(t, path, k, fmt.Sprintf("case %d, byte %d of %d flipped", i, at, len(data)))
		}
		// The first line, the key block, the payload and the checksum,
		// each cut at random, and the file cut anywhere.
		cuts := []int{1, len(sealedMagic) - 1, len(sealedLine) + 3, len(data) - sumLineLen, len(data) - 1}
		for range flips {
			cuts = append(cuts, 1+randN(len(data)-1))
		}
		for _, n := range cuts {
			if err := os.WriteFile(path, data[:n], 0o644); err != nil {
				t.Fatal(err)
			}
			mustBeDamaged(t, path, k, fmt.Sprintf("case %d cut to %d of %d bytes", i, n, len(data)))
		}
		if err := os.WriteFile(path, append(bytes.Clone(data), '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
		mustBeDamaged(t, path, k, fmt.Sprintf("case %d with a byte added", i))
	}
}

func randN(n int) int {
	var b [8]byte
	rand.Read(b[:])
	v := uint64(0)
	for _, x := range b {
		v = v<<8 | uint64(x)
	}
	return int(v % uint64(n))
}

func TestDamagedMessageOffersBackup(t *testing.T) {
	path, _, data := sealedCopy(t, sampleCase(), "passphrase")
	data[len(data)/2] ^= 0x20
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Load(path)
	wantErr(t, err, "damaged encrypted case file", "checksum does not match", "not decrypted")
	if strings.Contains(err.Error(), ".bak") {
		t.Errorf("the message names a backup there is none of: %v", err)
	}
	if err := os.WriteFile(BackupPath(path), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	_, err = Load(path)
	wantErr(t, err, "Its previous version may be in case.casefile.bak")
}

// resum gives data, an encrypted case file changed by hand, its checksum.
func resum(data []byte) []byte {
	body := data[:len(data)-sumLineLen]
	return append(bytes.Clone(body), sumLine(crc32.Checksum(body, castagnoli))...)
}

func TestNewerOrOverworkedEncryptedFilesAreRefused(t *testing.T) {
	path, _, data := sealedCopy(t, sampleCase(), "passphrase")
	newer := resum(bytes.Replace(data, []byte(sealedMagic+"1:"), []byte(sealedMagic+"2:"), 1))
	if err := os.WriteFile(path, newer, 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Load(path)
	wantErr(t, err, "encrypted case file of version 2, newer than version 1", "update Casefile")

	// A key block asking for more work than Casefile allows is refused
	// before any work is done.
	stanza := fmt.Sprintf(" %d\n", testWorkFactor)
	heavy := resum(bytes.Replace(data, []byte(stanza), []byte(fmt.Sprintf(" %d\n", MaxWorkFactor+1)), 1))
	if bytes.Equal(heavy, data) {
		t.Fatal("no work factor found in the key block")
	}
	if err := os.WriteFile(path, heavy, 0o644); err != nil {
		t.Fatal(err)
	}
	_, err = Load(path)
	var enc *EncryptedError
	if !errors.As(err, &enc) {
		t.Fatalf("Load = %v, want an *EncryptedError", err)
	}
	_, _, err = enc.Unlock("passphrase")
	wantErr(t, err, "more key derivation work than Casefile allows")
}

func TestNewKeyRefusesEmptyPassphraseAndBadWork(t *testing.T) {
	if _, err := NewKey("", testWorkFactor); err == nil {
		t.Errorf("NewKey accepted an empty passphrase")
	}
	for _, wf := range []int{0, MaxWorkFactor + 1} {
		if _, err := NewKey("x", wf); err == nil {
			t.Errorf("NewKey accepted work factor %d", wf)
		}
	}
}

func TestPlaintextSaveIsUnchanged(t *testing.T) {
	// An unencrypted save writes exactly Encode's bytes, as it always has.
	c := Synthetic(50, 3)
	path, data := savedCase(t, c)
	if !bytes.Equal(data, caseBytes(t, c)) {
		t.Errorf("the unencrypted file is not Encode's bytes")
	}
	if err := Save(path, c); err != nil {
		t.Fatal(err)
	}
	if bak, _ := os.ReadFile(BackupPath(path)); !bytes.Equal(bak, data) {
		t.Errorf("the backup is not the previous file")
	}
}

// TestEncryptedFormatDoc keeps docs/case-format.md's account of encrypted
// case files the one the code writes.
func TestEncryptedFormatDoc(t *testing.T) {
	doc, err := os.ReadFile(filepath.Join("..", "docs", "case-format.md"))
	if err != nil {
		t.Fatal(err)
	}
	_, section, ok := strings.Cut(string(doc), "\n## Encrypted case files\n")
	if !ok {
		t.Fatal(`docs/case-format.md has no "## Encrypted case files" section`)
	}
	section, _, _ = strings.Cut(section, "\n## ")
	words := func(s string) string { return strings.Join(strings.Fields(s), " ") }
	section = words(section)
	for _, want := range []string{
		strings.TrimSuffix(sealedLine, "\n") + "⏎",
		strings.TrimSpace(keyLinePrefix) + " N⏎",
		sumPrefix + "HEX⏎",
		fmt.Sprintf("(at most %d;", maxKeyBlock),
		fmt.Sprintf("work factor, %d by default", DefaultWorkFactor),
		fmt.Sprintf("whose work factor is at most %d", MaxWorkFactor),
		fmt.Sprintf("- h - n - %d))", sumLineLen),
	} {
		if !strings.Contains(section, words(want)) {
			t.Errorf("the section does not say %q", want)
		}
	}
}

func TestChecksumIsComparedAsWritten(t *testing.T) {
	for range 100 { // until a checksum has a letter, 98 times in 100
		path, k, data := sealedCopy(t, sampleCase(), "passphrase")
		for i := len(data) - sumLineLen + len(sumPrefix); i < len(data)-1; i++ {
			if c := data[i]; c >= 'a' && c <= 'f' {
				changed := bytes.Clone(data)
				changed[i] = c - 'a' + 'A' // the same number, written otherwise
				if err := os.WriteFile(path, changed, 0o644); err != nil {
					t.Fatal(err)
				}
				mustBeDamaged(t, path, k, "a checksum digit in upper case")
				return
			}
		}
	}
	t.Fatal("no checksum with a letter in 100 files")
}

func TestFailedEncryptedSaveChangesNothing(t *testing.T) {
	c := Synthetic(300, 1)
	for _, tc := range []struct {
		name string
		fs   func(size int) fileSystem
		want string
	}{
		{"disk full half way", func(size int) fileSystem {
			fs := osFS
			fs.wrap = func(w io.Writer) io.Writer { return &failAfter{w, size / 2} }
			return fs
		}, "no space left on device"},
		{"the backup cannot be replaced", func(int) fileSystem {
			fs := osFS
			fs.rename = func(from, to string) error { return &os.LinkError{Op: "rename", Old: from, New: to, Err: syscall.EIO} }
			return fs
		}, "input/output error"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "case.casefile")
			token := leakToken(t)
			plain := tokenCase(token)
			for range 2 {
				if err := Save(path, plain); err != nil {
					t.Fatal(err)
				}
			}
			before, _ := os.ReadFile(path)
			bak, _ := os.ReadFile(BackupPath(path))
			useFS(t, tc.fs(len(caseBytes(t, c))))
			err := SaveKey(path, c, testKey(t, "passphrase"))
			wantErr(t, err, tc.want, "unchanged")
			if after, _ := os.ReadFile(path); !bytes.Equal(after, before) {
				t.Error("the failed save changed the case file")
			}
			if after, _ := os.ReadFile(BackupPath(path)); !bytes.Equal(after, bak) {
				t.Error("the failed save changed the backup")
			}
			folderHolds(t, path, "case.casefile", "case.casefile.bak")
		})
	}
}
