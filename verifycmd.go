package main

import (
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/casefile/casefile/casefile"
	"github.com/casefile/casefile/export"
)

const verifyUsage = `usage: casefile verify [-passphrase-file F] EXPORT CASE

Says whether EXPORT (a briefing PDF or Markdown, or a JSON copy) was
exported from the case file CASE, when and with which release limit; or
that it was not; or that it was altered since it was exported. Every
export Casefile writes is recorded in its case with the SHA-256 of the
file, and a briefing names its case and the hash of its content.

Exit status: 0 verified, 1 not from this case or altered, 2 usage error.
`

// verifyCmd is `casefile verify`.
func verifyCmd(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("verify", flag.ContinueOnError)
	fs.SetOutput(stderr)
	passFile := fs.String("passphrase-file", "", "read the passphrase of an encrypted CASE from the first line of this file")
	fs.Usage = func() { fmt.Fprint(stderr, verifyUsage) }
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() != 2 {
		fmt.Fprint(stderr, verifyUsage)
		return 2
	}
	exportPath, casePath := fs.Arg(0), fs.Arg(1)
	fail := func(format string, a ...any) int {
		fmt.Fprintf(stderr, "casefile verify: "+format+"\n", a...)
		return 1
	}
	c, _, err := passphrases{file: *passFile, verb: "casefile verify", stderr: stderr}.loadCase(casePath)
	if err != nil {
		return fail("%v", err)
	}
	f, _, err := casefile.OpenRegular(exportPath, "an export")
	if err != nil {
		return fail("%v", err)
	}
	data, err := io.ReadAll(io.LimitReader(f, 1<<30))
	f.Close()
	if err != nil {
		return fail("cannot read %s: %v", exportPath, err)
	}
	v := verifyExport(data, c)
	fmt.Fprintf(stdout, "%s: %s\n", exportPath, v.message)
	if !v.ok {
		return 1
	}
	return 0
}

// verdict is what verify found.
type verdict struct {
	ok      bool
	message string
}

// verifyExport says whether data, an export's bytes, was exported from c.
func verifyExport(data []byte, c *casefile.Case) verdict {
	sum := sha256Hex(data)
	if r := c.ExportBySHA256(sum); r != nil {
		return verdict{true, "exported from this case (" + caseLabel(c) + ") " + describeExport(*r) + "; unchanged since"}
	}
	p, ok := export.ReadProvenance(data)
	if !ok {
		if other, err := casefile.Decode(data); err == nil {
			// a JSON copy: a case file, whose id and content say it all
			p, ok = export.Provenance{CaseID: other.ID, Content: casefile.ContentHash(other)}, true
		}
	}
	switch {
	case !ok:
		return verdict{false, "not exported from this case: no export of it is recorded here, and it carries no Casefile export marks (it is not a Casefile export, or they were removed)"}
	case p.CaseID != c.ID:
		return verdict{false, fmt.Sprintf("not exported from this case: it was made from case %q, and this is case %q (%s)", p.CaseID, c.ID, caseLabel(c))}
	}
	if rs := c.ExportsFrom(p.Content); len(rs) > 0 {
		return verdict{false, "ALTERED: it names this case and content exported " + describeExport(rs[0]) +
			", but it is not the file written then: its SHA-256 is not the one recorded. Export it again from the case"}
	}
	if p.Content == casefile.ContentHash(c) {
		return verdict{false, "it names this case and its present content, but no export of it is recorded here: it was written outside Casefile's export, or altered, or the record was removed"}
	}
	return verdict{false, "it names this case, but content no export recorded here was made from: an earlier or later version of the case (another copy of the file), or an altered export"}
}

// describeExport words a record: "on 2 Dec 2026 at 09:14 UTC as pdf
// (all sections), released up to TLP:GREEN".
func describeExport(r casefile.ExportRecord) string {
	s := "on " + r.At.UTC().Format("2 Jan 2006 at 15:04 MST") + " as " + r.Format
	if len(r.Sections) > 0 {
		s += " (sections: " + strings.Join(r.Sections, ", ") + ")"
	}
	if r.Limit != "" {
		s += ", released up to " + string(r.Limit)
	} else {
		s += ", not limited by marking"
	}
	return s
}

func caseLabel(c *casefile.Case) string { return fmt.Sprintf("%q", c.Title) }

// recordExport adds the record of the export just written to out to the
// case file path and saves it, unless Casefile has the case open (then
// the GUI's autosave would write over it): that, and any failure, is a
// warning, since the export itself is written.
func recordExport(path string, key *casefile.Key, c *casefile.Case, out string, f export.Format, opt export.Options, stderr io.Writer) {
	warn := func(err error) {
		fmt.Fprintf(stderr, "casefile export: warning: the export was written, but not recorded in %s (%v); `casefile verify` will not find it\n", path, err)
	}
	r, err := export.Record(out, f, c, opt)
	if err != nil {
		warn(err)
		return
	}
	lock, err := casefile.AcquireLock(path)
	if err != nil {
		warn(err)
		return
	}
	defer lock.Release()
	// Read again under the lock, so that a change made since the export
	// began is kept.
	now, err := casefile.Load(path) // with the key loadCase gave it, if encrypted
	if err != nil {
		warn(err)
		return
	}
	now.Exports = append(now.Exports, r)
	if err := casefile.SaveKey(path, now, key); err != nil {
		warn(err)
	}
}

func sha256Hex(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}
