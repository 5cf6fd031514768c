package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"

	"golang.org/x/term"

	"github.com/casefile/casefile/casefile"
)

// workFactor is the key derivation work of the passphrases the commands
// set.
var workFactor = casefile.DefaultWorkFactor

// maxPassphraseFile bounds what is read of a passphrase file.
const maxPassphraseFile = 64 << 10

// passphrases is where a command gets a passphrase: the file given with
// -passphrase-file, or else the terminal, read without echo. Never from
// an argument, which other users may see in the process list.
type passphrases struct {
	file   string // the -passphrase-file, or "" for the terminal
	verb   string // "casefile export", for messages
	stderr io.Writer
}

// readPassphraseFile reads a passphrase from the first line of a file (a
// named pipe too, such as the shell's <(…)), without its line ending.
func readPassphraseFile(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", fmt.Errorf("cannot read the passphrase file: %w", err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxPassphraseFile))
	if err != nil {
		return "", fmt.Errorf("cannot read the passphrase file %s: %w", path, err)
	}
	line, _, _ := bytes.Cut(data, []byte("\n"))
	line = bytes.TrimSuffix(line, []byte("\r"))
	if len(line) == 0 {
		return "", fmt.Errorf("the passphrase file %s holds no passphrase: its first line is empty", path)
	}
	return string(line), nil
}

// errNoTerminal is the error for a passphrase asked for with no terminal
// to ask on.
var errNoTerminal = errors.New("there is no terminal to ask for the passphrase on; give it with -passphrase-file FILE")

// ask reads a line from the terminal without echoing it, after the
// prompt. The terminal is the process's own (/dev/tty), so that a command
// whose input or output is redirected still asks there; failing that,
// standard input when it is a terminal.
func ask(prompt string) (string, error) {
	in, out := os.Stdin, os.Stderr
	if tty, err := os.OpenFile("/dev/tty", os.O_RDWR, 0); err == nil {
		defer tty.Close()
		in, out = tty, tty
	}
	if !term.IsTerminal(int(in.Fd())) {
		return "", errNoTerminal
	}
	fmt.Fprint(out, prompt)
	p, err := term.ReadPassword(int(in.Fd()))
	fmt.Fprintln(out)
	if err != nil {
		return "", fmt.Errorf("cannot read the passphrase: %w", err)
	}
	return string(p), nil
}

// askTerminal is ask; tests replace it.
var askTerminal = ask

// unlock opens an encrypted case file with its passphrase: from the file,
// one try; from the terminal, as many as it takes, until the right one or
// an empty line.
func (p passphrases) unlock(enc *casefile.EncryptedError) (*casefile.Case, *casefile.Key, error) {
	if p.file != "" {
		pass, err := readPassphraseFile(p.file)
		if err != nil {
			return nil, nil, err
		}
		return enc.Unlock(pass)
	}
	for {
		pass, err := askTerminal(fmt.Sprintf("Passphrase for %s: ", enc.Path))
		if err != nil {
			return nil, nil, fmt.Errorf("%s is encrypted, and %w", enc.Path, err)
		}
		if pass == "" {
			return nil, nil, fmt.Errorf("%s is encrypted, and no passphrase was given", enc.Path)
		}
		c, k, err := enc.Unlock(pass)
		if !errors.Is(err, casefile.ErrWrongPassphrase) {
			return c, k, err
		}
		fmt.Fprintf(p.stderr, "%s: wrong passphrase; try again, or press Enter to stop\n", p.verb)
	}
}

// choose asks for a new passphrase: from the file, or from the terminal,
// twice, until both match.
func (p passphrases) choose(path string) (string, error) {
	if p.file != "" {
		return readPassphraseFile(p.file)
	}
	for {
		first, err := askTerminal(fmt.Sprintf("New passphrase for %s: ", path))
		if err != nil {
			return "", err
		}
		if first == "" {
			return "", errors.New("no passphrase was given")
		}
		again, err := askTerminal("The same passphrase again: ")
		if err != nil {
			return "", err
		}
		if again == first {
			return first, nil
		}
		fmt.Fprintf(p.stderr, "%s: the two passphrases differ; try again\n", p.verb)
	}
}

// loadCase loads a case file, asking for its passphrase when it is
// encrypted; k is its key then, and nil for a file not encrypted. The key
// stays the file's for the rest of the command (casefile.UseKey), so that
// loading the file again needs no passphrase and saving it encrypts.
func (p passphrases) loadCase(path string) (c *casefile.Case, k *casefile.Key, err error) {
	c, err = casefile.Load(path)
	var enc *casefile.EncryptedError
	if !errors.As(err, &enc) {
		return c, casefile.KeyOf(path), err
	}
	if c, k, err = p.unlock(enc); err == nil {
		casefile.UseKey(path, k)
	}
	return c, k, err
}
