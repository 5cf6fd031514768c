// Command gencase writes a synthetic case file of N statements (with N/10
// actors, events and notes) for load tests and benchmarks.
//
//	go run ./scripts/gencase -n 10000 -o big.casefile
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/casefile/casefile/casefile"
)

func main() {
	n := flag.Int("n", 10000, "number of statements")
	seed := flag.Uint64("seed", 1, "random seed; the same seed gives the same case")
	out := flag.String("o", "", "the case file to write")
	flag.Parse()
	if *out == "" || *n < 1 {
		fmt.Fprintln(os.Stderr, "usage: gencase -n N -o FILE.casefile")
		os.Exit(2)
	}
	if err := casefile.Save(*out, casefile.Synthetic(*n, *seed)); err != nil {
		fmt.Fprintln(os.Stderr, "gencase:", err)
		os.Exit(1)
	}
}
