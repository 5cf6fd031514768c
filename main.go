// Command casefile is Casefile, an offline desktop case-file application for
// analysts. With no verb it opens the GUI on a case file (by default the
// analyst's working copy of the embedded Albania–Iran case); the verbs
// validate, export, quotes, encrypt, decrypt and passwd work from the
// command line.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"

	"github.com/casefile/casefile/app"
	"github.com/casefile/casefile/assets"
	"github.com/casefile/casefile/casefile"
	"github.com/casefile/casefile/export"
)

const appID = "org.casefile.desktop"

const usage = `Casefile %s: case files for analysts.

Usage:
  casefile [FILE]                       open the GUI on FILE, or on your working copy of the default case
  casefile validate FILE                check a case file; print a summary, or every problem
  casefile export -format F -o OUT [options] [FILE]
                                        write FILE (default: the embedded default case) as F:
                                        json (a case file), pdf (a briefing), md (the briefing as Markdown)
                                        or stix (a STIX 2.1 bundle)
  casefile import [-o CASE] [-force] BUNDLE.json
                                        make a case file of a STIX 2.1 bundle (default CASE: the bundle's
                                        name with .casefile); say what it mapped and what it kept
  casefile quotes [-format tsv|json] [-case CASEFILE [-passphrase-file P]] [-all] FILE
                                        list the quotations in a text, HTML or PDF file: the quotation, a tab,
                                        the speaker, a tab, the attribution verb, a tab, the character span
  casefile encrypt [-passphrase-file P] FILE
                                        encrypt a case file (and its backup) with a new passphrase
  casefile decrypt [-passphrase-file P] -o OUT FILE
                                        write an encrypted case file unencrypted to OUT (OUT may be FILE)
  casefile passwd [-passphrase-file P] [-new-passphrase-file P] FILE
                                        change the passphrase of an encrypted case file
  casefile verify [-passphrase-file P] EXPORT FILE
                                        say whether EXPORT was exported from the case FILE (every export
                                        is recorded in its case), when and how, or that it was altered
  casefile diff [-passphrase-file P] OLD [NEW]
                                        what changed from OLD to NEW, item by item, with the old and new text;
                                        with one file, the case as stable text (git's textconv)
  casefile merge [-o OUT] [-q] [-passphrase-file P] BASE OURS THEIRS
                                        three-way merge by item id into OURS (or OUT), as a git merge driver;
                                        exit status 1 when the merged case holds conflicts to resolve
  casefile --help | --version

An encrypted case file asks for its passphrase: the GUI in a dialog, the verbs
on the terminal without echo. Or give the file whose first line it is with
-passphrase-file P (casefile -passphrase-file P FILE, validate, export, quotes
-case, verify, diff, merge, decrypt and passwd; for encrypt, the new passphrase; passwd takes the new one with
-new-passphrase-file P). Never on the command line itself.

Export options (pdf and md):
  -sections LIST     comma-separated, in briefing order (default all): %s
  -order ORDER       statements chronological (default) or grouped by speaker
  -notes PLACE       notes inline beside what they annotate (default) or collected
  -paper SIZE        A4 (default) or Letter
  -max-marking TLP   releasable export: leave out items marked above TLP (e.g. TLP:GREEN)

Exit status: 0 success, 1 invalid input or failed export, 2 usage error.
`

func main() {
	if code, handled := runCLI(os.Args[1:], os.Stdout, os.Stderr); handled {
		os.Exit(code)
	}
	path, passFile, _ := guiArgs(os.Args[1:])
	if passFile != "" {
		if code := unlockForGUI(path, passFile, os.Stderr); code != 0 {
			os.Exit(code)
		}
	}
	a := fyneapp.NewWithID(appID)
	a.SetIcon(fyne.NewStaticResource("icon.png", assets.Icon))
	app.Run(a, path, version)
}

// runCLI runs a command-line verb. It reports handled=false when the
// arguments ask for the GUI: none, or a single case file to open.
func runCLI(args []string, stdout, stderr io.Writer) (code int, handled bool) {
	if len(args) == 0 {
		return 0, false
	}
	switch args[0] {
	case "-h", "-help", "--help", "help":
		printUsage(stdout)
		return 0, true
	case "-version", "--version", "version":
		fmt.Fprintf(stdout, "casefile %s (case format version %d)\n", version, casefile.FormatVersion)
		return 0, true
	case "validate":
		return validate(args[1:], stdout, stderr), true
	case "export":
		return exportCmd(args[1:], stdout, stderr), true
	case "quotes":
		return quotesCmd(args[1:], stdout, stderr), true
	case "import":
		return importCmd(args[1:], stdout, stderr), true
	case "encrypt":
		return encryptCmd(args[1:], stdout, stderr), true
	case "decrypt":
		return decryptCmd(args[1:], stdout, stderr), true
	case "passwd":
		return passwdCmd(args[1:], stdout, stderr), true
	case "verify":
		return verifyCmd(args[1:], stdout, stderr), true
	case "diff":
		return diffCmd(args[1:], stdout, stderr), true
	case "merge":
		return mergeCmd(args[1:], stdout, stderr), true
	}
	if path, passFile, ok := guiArgs(args); ok && passFile != "" {
		if _, err := os.Stat(path); err != nil {
			fmt.Fprintf(stderr, "casefile: cannot open %s: %v\n", path, errors.Unwrap(err))
			return 1, true
		}
		return 0, false // the GUI opens the case with the passphrase
	}
	if len(args) == 1 && !strings.HasPrefix(args[0], "-") {
		if _, err := os.Stat(args[0]); err == nil || strings.HasSuffix(args[0], casefile.Extension) {
			return 0, false // the GUI opens it, or reports why it cannot
		}
		fmt.Fprintf(stderr, "casefile: %q is neither a command nor an existing file\n\n", args[0])
	} else {
		fmt.Fprintf(stderr, "casefile: unknown command or option %q\n\n", args[0])
	}
	printUsage(stderr)
	return 2, true
}

func printUsage(w io.Writer) {
	names := make([]string, len(export.Sections))
	for i, s := range export.Sections {
		names[i] = string(s)
	}
	fmt.Fprintf(w, usage, version, strings.Join(names, ","))
}

// parseInterleaved parses flags that may come before or after positional
// arguments ("export FILE -o OUT" as well as "export -o OUT FILE").
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		if fs.NArg() == 0 {
			return positional, nil
		}
		positional = append(positional, fs.Arg(0))
		args = fs.Args()[1:]
	}
}

func validate(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("validate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprintln(stderr, "usage: casefile validate [-passphrase-file F] FILE") }
	passFile := passphraseFlag(fs)
	files, err := parseInterleaved(fs, args)
	if err != nil {
		return 2
	}
	if len(files) != 1 {
		fmt.Fprintln(stderr, "casefile validate: give exactly one case file to check")
		fs.Usage()
		return 2
	}
	c, key, err := passphrases{file: *passFile, verb: "casefile validate", stderr: stderr}.loadCase(files[0])
	if err != nil {
		var ps casefile.Problems
		if errors.As(err, &ps) {
			fmt.Fprintf(stderr, "%s: invalid: %d problem(s):\n", files[0], len(ps))
			for _, p := range ps {
				fmt.Fprintf(stderr, "  %s\n", p)
			}
			return 1
		}
		fmt.Fprintf(stderr, "casefile validate: %v\n", err)
		return 1
	}
	fmt.Fprintf(stdout, "%s: valid: %s\n", files[0], summary(c))
	if key != nil {
		fmt.Fprintln(stdout, "the case file is encrypted, and its passphrase opened it")
	}
	if v, n := c.QuotesVerified(); n > 0 {
		fmt.Fprintf(stdout, "%d of %d quotes verified in their sources' texts\n", v, n)
	}
	// Warnings leave the file valid: exit status 0, but on stderr.
	if ws := c.Warnings(); len(ws) > 0 {
		fmt.Fprintf(stderr, "%s: %s:\n", files[0], casefile.Count(len(ws), "warning", "warnings"))
		for _, w := range ws {
			fmt.Fprintf(stderr, "  warning: %s\n", w)
		}
	}
	return 0
}

// summary is a one-line account of what a case holds.
func summary(c *casefile.Case) string {
	return fmt.Sprintf("%q (%s), %s", c.Title, c.Marking, strings.Join(c.Counts(), ", "))
}

func exportCmd(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { printUsage(stderr) }
	format := fs.String("format", "", "json, pdf, md or stix")
	out := fs.String("o", "", "the file to write")
	sections := fs.String("sections", "", "sections to include")
	order := fs.String("order", "", "chronological or speaker")
	notes := fs.String("notes", "", "inline or collected")
	paper := fs.String("paper", "", "A4 or Letter")
	maxMarking := fs.String("max-marking", "", "leave out items marked above this TLP label")
	passFile := passphraseFlag(fs)
	files, err := parseInterleaved(fs, args)
	if err != nil {
		return 2
	}
	fail := func(code int, format string, a ...any) int {
		fmt.Fprintf(stderr, "casefile export: "+format+"\n", a...)
		return code
	}
	if *format == "" || *out == "" {
		return fail(2, "give the format with -format (json, pdf, md or stix) and the file to write with -o OUT")
	}
	f, err := export.ParseFormat(*format)
	if strings.EqualFold(strings.TrimSpace(*format), string(formatSTIX)) {
		f, err = formatSTIX, nil
	}
	if err != nil {
		return fail(2, "%v", err)
	}
	if len(files) > 1 {
		return fail(2, "give at most one case file to export, not %d", len(files))
	}
	opt := export.Options{StatementOrder: export.StatementOrder(*order), Notes: export.NotePlacement(*notes),
		Paper: export.Paper(*paper), MaxMarking: casefile.Marking(strings.ToUpper(*maxMarking))}
	if opt.Sections, err = export.ParseSections(*sections); err != nil {
		return fail(2, "%v", err)
	}
	if opt, err = opt.Normalized(); err != nil {
		return fail(2, "%v", err)
	}

	var c *casefile.Case
	var key *casefile.Key
	if len(files) == 0 {
		c, err = casefile.Decode(assets.DefaultCase)
	} else {
		if (f != export.FormatJSON || opt.MaxMarking != "") && samePath(files[0], *out) {
			what := "the " + string(f)
			if f == export.FormatJSON {
				what = "a releasable copy"
			}
			return fail(1, "%s is the case file itself; writing %s over it would destroy the case; choose another -o", *out, what)
		}
		c, key, err = passphrases{file: *passFile, verb: "casefile export", stderr: stderr}.loadCase(files[0])
		if err == nil && key != nil {
			fmt.Fprintf(stderr, "casefile export: warning: %s is encrypted, but the export %s will not be; keep it where only its readers can see it\n", files[0], *out)
		}
	}
	if err != nil {
		return fail(1, "%v\n%s was not written", err, *out)
	}
	rel, _ := export.Releasable(c, opt.MaxMarking)
	keptWithheld, err := writeExport(*out, f, c, rel, opt)
	if err != nil {
		return fail(1, "%v", err)
	}
	if len(files) > 0 {
		recordExport(files[0], key, c, *out, f, opt, stderr)
	}
	if opt.MaxMarking == "" {
		fmt.Fprintf(stdout, "wrote %s (%s) from %s\n", *out, f, summary(c))
		return 0
	}
	fmt.Fprintf(stdout, "wrote %s (%s), marked %s, released up to %s from %s\n%s\n", *out, f, rel.Marking, opt.MaxMarking, summary(c), rel.Release.Sentence())
	if keptWithheld > 0 {
		fmt.Fprintf(stdout, "%s kept from import %s withheld too.\n", casefile.Count(keptWithheld, "object", "objects"), map[bool]string{true: "is", false: "are"}[keptWithheld == 1])
	}
	return 0
}

func samePath(a, b string) bool {
	ia, errA := os.Stat(a)
	ib, errB := os.Stat(b)
	if errA == nil && errB == nil {
		return os.SameFile(ia, ib)
	}
	pa, _ := filepath.Abs(a)
	pb, _ := filepath.Abs(b)
	return pa == pb
}
