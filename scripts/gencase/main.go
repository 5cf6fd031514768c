// Command gencase writes a synthetic case file of N statements (with N/10
// actors, events and notes) for load tests and benchmarks, or the default
// case; either with one field made long.
//
//	go run ./scripts/gencase -n 10000 -o big.casefile
//	go run ./scripts/gencase -default -long summary -long-size 1048576 -o long.casefile
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/casefile/casefile/assets"
	"github.com/casefile/casefile/casefile"
)

func main() {
	n := flag.Int("n", 10000, "number of statements")
	seed := flag.Uint64("seed", 1, "random seed; the same seed gives the same case")
	out := flag.String("o", "", "the case file to write")
	fromDefault := flag.Bool("default", false, "start from the default case instead of a synthetic one")
	long := flag.String("long", "", "put -long-size bytes of text in one field: summary, description (the first actor's), event (the first event's description), source (the first source's description), quote (the first statement's) or note (the first note on the case)")
	longSize := flag.Int("long-size", 1<<20, "bytes of text for -long")
	flag.Parse()
	if *out == "" || *n < 1 || *longSize < 0 {
		fmt.Fprintln(os.Stderr, "usage: gencase [-n N | -default] [-long FIELD -long-size BYTES] -o FILE.casefile")
		os.Exit(2)
	}
	c, err := casefile.Synthetic(*n, *seed), error(nil)
	if *fromDefault {
		c, err = casefile.Decode(assets.DefaultCase)
	}
	if err != nil {
		fail(err)
	}
	if *long != "" {
		field, err := fieldOf(c, *long)
		if err != nil {
			fmt.Fprintln(os.Stderr, "gencase:", err)
			os.Exit(2)
		}
		*field = casefile.SyntheticText(*longSize, *seed)
	}
	if err := casefile.Save(*out, c); err != nil {
		fail(err)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "gencase:", err)
	os.Exit(1)
}

// fieldOf is the text a -long name stands for in c.
func fieldOf(c *casefile.Case, name string) (*string, error) {
	switch {
	case name == "summary":
		return &c.Summary, nil
	case name == "description" && len(c.Actors) > 0:
		return &c.Actors[0].Description, nil
	case name == "event" && len(c.Events) > 0:
		return &c.Events[0].Description, nil
	case name == "source" && len(c.Sources) > 0:
		return &c.Sources[0].Description, nil
	case name == "quote" && len(c.Statements) > 0:
		return &c.Statements[0].Quote, nil
	case name == "note":
		for i := range c.Notes {
			if c.Notes[i].Target.Kind == casefile.OnCase {
				return &c.Notes[i].Body, nil
			}
		}
	}
	return nil, fmt.Errorf("-long %q: not one of summary, description, event, source, quote, note, or the case has no such item", name)
}
