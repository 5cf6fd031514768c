// Command casefile is Casefile, an offline desktop case-file application for
// analysts. With no verb it opens the GUI on a case file (by default the
// analyst's working copy of the embedded Albania–Iran case); the verbs
// validate and export work from the command line.
package main

import (
	"context"
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

// version is set at build time with -ldflags "-X main.version=…".
var version = "0.1.0"

const appID = "org.casefile.desktop"

const usage = `Casefile %s: case files for analysts.

Usage:
  casefile [FILE]                       open the GUI on FILE, or on your working copy of the default case
  casefile validate FILE                check a case file; print a summary, or every problem
  casefile export -format F -o OUT [options] [FILE]
                                        write FILE (default: the embedded default case) as F:
                                        json (a case file), pdf (a briefing) or md (the briefing as Markdown)
  casefile quotes [-format tsv|json] [-case CASEFILE] [-all] FILE
                                        list the quotations in a text, HTML or PDF file: the quotation, a tab,
                                        the speaker, a tab, the attribution verb, a tab, the character span
  casefile --help | --version

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
	path := ""
	if len(os.Args) > 1 {
		path = os.Args[1]
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
	fs.Usage = func() { fmt.Fprintln(stderr, "usage: casefile validate FILE") }
	files, err := parseInterleaved(fs, args)
	if err != nil {
		return 2
	}
	if len(files) != 1 {
		fmt.Fprintln(stderr, "casefile validate: give exactly one case file to check")
		fs.Usage()
		return 2
	}
	c, err := casefile.Load(files[0])
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
	return fmt.Sprintf("%q (%s), %s, %s, %s, %s, %s, %s",
		c.Title, c.Marking, plural(len(c.Actors), "actor"), plural(len(c.Relations), "relation"),
		plural(len(c.Statements), "statement"), plural(len(c.Events), "event"),
		plural(len(c.Sources), "source"), plural(len(c.Notes), "note"))
}

func plural(n int, noun string) string { return casefile.Count(n, noun, noun+"s") }

func exportCmd(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { printUsage(stderr) }
	format := fs.String("format", "", "json, pdf or md")
	out := fs.String("o", "", "the file to write")
	sections := fs.String("sections", "", "sections to include")
	order := fs.String("order", "", "chronological or speaker")
	notes := fs.String("notes", "", "inline or collected")
	paper := fs.String("paper", "", "A4 or Letter")
	maxMarking := fs.String("max-marking", "", "leave out items marked above this TLP label")
	files, err := parseInterleaved(fs, args)
	if err != nil {
		return 2
	}
	fail := func(code int, format string, a ...any) int {
		fmt.Fprintf(stderr, "casefile export: "+format+"\n", a...)
		return code
	}
	if *format == "" || *out == "" {
		return fail(2, "give the format with -format (json, pdf or md) and the file to write with -o OUT")
	}
	f, err := export.ParseFormat(*format)
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
		c, err = casefile.Load(files[0])
	}
	if err != nil {
		return fail(1, "%v\n%s was not written", err, *out)
	}
	if err := export.WriteFile(context.Background(), *out, f, c, opt, nil); err != nil {
		return fail(1, "%v", err)
	}
	if opt.MaxMarking == "" {
		fmt.Fprintf(stdout, "wrote %s (%s) from %s\n", *out, f, summary(c))
		return 0
	}
	r, marking := export.Releasable(c, opt.MaxMarking)
	fmt.Fprintf(stdout, "wrote %s (%s), marked %s, released up to %s from %s\n%s\n", *out, f, marking, opt.MaxMarking, summary(c), r.Release.Sentence())
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
