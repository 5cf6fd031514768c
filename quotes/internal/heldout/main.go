// Command heldout measures the quotation finder on a directory of
// articles it was not tuned on, in the corpus format (NAME.txt and
// NAME.want; see quotes/testdata/corpus/README.md):
//
//	go run ./quotes/internal/heldout [-v] DIR
//
// It prints recall, speaker accuracy and false positives for the
// directory, and with -v each difference and each article's figures.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/casefile/casefile/quotes"
	"github.com/casefile/casefile/quotes/internal/corpus"
)

func main() {
	verbose := flag.Bool("v", false, "print each difference and each article's figures")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: heldout [-v] DIR")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() != 1 {
		flag.Usage()
		os.Exit(2)
	}
	cases, err := corpus.Load(flag.Arg(0))
	if err != nil {
		fmt.Fprintln(os.Stderr, "heldout:", err)
		os.Exit(1)
	}
	logf := func(string, ...any) {}
	if *verbose {
		logf = func(format string, args ...any) { fmt.Printf(format+"\n", args...) }
	}
	var total corpus.Score
	for _, c := range cases {
		var known []quotes.Actor
		for _, a := range c.Known {
			known = append(known, quotes.Actor{ID: a.ID, Names: a.Names, Kind: a.Kind})
		}
		var got []corpus.Found
		for _, q := range quotes.Find(c.Text, known) {
			got = append(got, corpus.Found{Kind: q.Kind.String(), Speaker: q.Speaker, ActorID: q.ActorID, Text: q.Text})
		}
		s := c.Measure(got, logf)
		if *verbose {
			fmt.Printf("%s: %v\n", c.Name, s)
		}
		total.Add(s)
	}
	fmt.Printf("%s: %d articles: %v\n", flag.Arg(0), len(cases), total)
}
