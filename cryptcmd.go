package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/casefile/casefile/casefile"
)

// The verbs that encrypt a case file, decrypt it and change its
// passphrase. Each writes atomically and, on any error, leaves every file
// as it was.

func encryptCmd(args []string, stdout, stderr io.Writer) int {
	fs, passFile := cryptFlags("encrypt", "usage: casefile encrypt [-passphrase-file F] FILE", stderr)
	path, code := oneCaseFile(fs, args)
	if code != 0 {
		return code
	}
	fail := failer("casefile encrypt", stderr)
	lock, err := lockForCommand(path)
	if err != nil {
		return fail(1, "%v", err)
	}
	defer lock.Release()
	// Temporary files that crashed saves left may hold the case in
	// plaintext.
	if _, err := casefile.CleanLeftovers(path); err != nil {
		return fail(1, "%v; nothing was changed", err)
	}
	c, err := casefile.Load(path)
	var enc *casefile.EncryptedError
	if errors.As(err, &enc) {
		return fail(1, "%s is already encrypted; change its passphrase with casefile passwd", path)
	}
	if err != nil {
		return fail(1, "%v; nothing was changed", err)
	}
	pass, err := passphrases{file: *passFile, verb: "casefile encrypt", stderr: stderr}.choose(path)
	if err != nil {
		return fail(1, "%v; nothing was changed", err)
	}
	k, err := casefile.NewKey(pass, workFactor)
	if err != nil {
		return fail(1, "%v; nothing was changed", err)
	}
	if err := casefile.SaveKey(path, c, k); err != nil {
		return fail(1, "%v", err)
	}
	fmt.Fprintf(stdout, "encrypted %s, and replaced its backup with an encrypted copy; it opens only with the passphrase, which nobody can recover if it is lost\n", path)
	return 0
}

func decryptCmd(args []string, stdout, stderr io.Writer) int {
	fs, passFile := cryptFlags("decrypt", "usage: casefile decrypt [-passphrase-file F] -o OUT FILE", stderr)
	out := fs.String("o", "", "the unencrypted case file to write")
	path, code := oneCaseFile(fs, args)
	if code != 0 {
		return code
	}
	fail := failer("casefile decrypt", stderr)
	if *out == "" {
		return fail(2, "give the unencrypted case file to write with -o OUT")
	}
	inPlace := samePath(path, *out)
	if inPlace {
		// Removing the encryption of the file itself: nobody may be
		// saving it meanwhile.
		lock, err := lockForCommand(path)
		if err != nil {
			return fail(1, "%v", err)
		}
		defer lock.Release()
	}
	p := passphrases{file: *passFile, verb: "casefile decrypt", stderr: stderr}
	c, k, err := p.loadCase(path)
	switch {
	case err != nil:
		return fail(1, "%v\n%s was not written", err, *out)
	case k == nil:
		return fail(1, "%s is not encrypted; nothing to decrypt, and %s was not written", path, *out)
	case inPlace:
		err = casefile.SaveKey(path, c, nil)
	default:
		err = casefile.WriteFileAtomic(*out, false, func(w io.Writer) error { return casefile.Encode(w, c) })
	}
	if err != nil {
		return fail(1, "%v", err)
	}
	if inPlace {
		fmt.Fprintf(stdout, "removed the encryption of %s and of its backup; both are readable by anyone who can read the folder\n", path)
	} else {
		fmt.Fprintf(stdout, "wrote %s, unencrypted: keep it where only its readers can see it\n", *out)
	}
	return 0
}

func passwdCmd(args []string, stdout, stderr io.Writer) int {
	fs, passFile := cryptFlags("passwd", "usage: casefile passwd [-passphrase-file F] [-new-passphrase-file F] FILE", stderr)
	newFile := fs.String("new-passphrase-file", "", "read the new passphrase from the first line of this file")
	path, code := oneCaseFile(fs, args)
	if code != 0 {
		return code
	}
	fail := failer("casefile passwd", stderr)
	lock, err := lockForCommand(path)
	if err != nil {
		return fail(1, "%v", err)
	}
	defer lock.Release()
	c, k, err := passphrases{file: *passFile, verb: "casefile passwd", stderr: stderr}.loadCase(path)
	switch {
	case err != nil:
		return fail(1, "%v; nothing was changed", err)
	case k == nil:
		return fail(1, "%s is not encrypted; encrypt it with casefile encrypt", path)
	}
	pass, err := passphrases{file: *newFile, verb: "casefile passwd", stderr: stderr}.choose(path)
	if err != nil {
		return fail(1, "%v; nothing was changed", err)
	}
	// A new case key too, not the old one rewrapped: whoever learnt the
	// old passphrase and kept a copy of the file cannot read later saves.
	nk, err := casefile.NewKey(pass, workFactor)
	if err != nil {
		return fail(1, "%v; nothing was changed", err)
	}
	if err := casefile.SaveKey(path, c, nk); err != nil {
		return fail(1, "%v", err)
	}
	fmt.Fprintf(stdout, "changed the passphrase of %s; it and its backup open only with the new one\n", path)
	return 0
}

// cryptFlags makes a verb's flags with -passphrase-file.
func cryptFlags(name, usage string, stderr io.Writer) (*flag.FlagSet, *string) {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprintln(stderr, usage) }
	return fs, passphraseFlag(fs)
}

// passphraseFlag adds -passphrase-file to a verb's flags.
func passphraseFlag(fs *flag.FlagSet) *string {
	return fs.String("passphrase-file", "", "read the passphrase from the first line of this file, not the terminal")
}

// oneCaseFile parses a verb's arguments, which name exactly one case file.
func oneCaseFile(fs *flag.FlagSet, args []string) (string, int) {
	files, err := parseInterleaved(fs, args)
	if err != nil {
		return "", 2
	}
	if len(files) != 1 {
		fmt.Fprintf(fs.Output(), "casefile %s: give exactly one case file\n", fs.Name())
		fs.Usage()
		return "", 2
	}
	return files[0], 0
}

func failer(verb string, stderr io.Writer) func(code int, format string, a ...any) int {
	return func(code int, format string, a ...any) int {
		fmt.Fprintf(stderr, verb+": "+format+"\n", a...)
		return code
	}
}

// lockForCommand takes the lock of a case file a verb rewrites, so that a
// Casefile window with the case open does not save over the change (or,
// holding no key, refuse every save).
func lockForCommand(path string) (*casefile.Lock, error) {
	if _, err := os.Stat(path); err != nil {
		return nil, &casefile.LoadError{Path: path, Err: errors.Unwrap(err)}
	}
	lock, err := casefile.AcquireLock(path)
	var locked *casefile.LockedError
	if errors.As(err, &locked) {
		who := "another Casefile"
		if locked.PID > 0 {
			who += fmt.Sprintf(" (process %d on %s)", locked.PID, locked.Host)
		}
		return nil, fmt.Errorf("%s is open in %s; close it there and try again; nothing was changed", filepath.Base(path), who)
	}
	return lock, err
}

// guiArgs reads the arguments that start the GUI, [-passphrase-file F]
// [FILE]; ok is false when they are not those.
func guiArgs(args []string) (path, passFile string, ok bool) {
	fs := flag.NewFlagSet("casefile", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	pf := passphraseFlag(fs)
	files, err := parseInterleaved(fs, args)
	if err != nil || len(files) > 1 || *pf != "" && len(files) == 0 {
		return "", "", false
	}
	if len(files) == 1 {
		path = files[0]
	}
	return path, *pf, true
}

// unlockForGUI opens the encrypted case file at path with the passphrase
// in passFile and gives its key to the GUI (casefile.UseKey), which then
// opens it without asking. A file not encrypted needs nothing.
func unlockForGUI(path, passFile string, stderr io.Writer) int {
	_, err := casefile.Load(path)
	var enc *casefile.EncryptedError
	if !errors.As(err, &enc) {
		return 0 // the GUI opens it, or says why it cannot
	}
	_, k, err := passphrases{file: passFile, verb: "casefile", stderr: stderr}.unlock(enc)
	if err != nil {
		fmt.Fprintf(stderr, "casefile: %v\n", err)
		return 1
	}
	casefile.UseKey(path, k)
	return 0
}
