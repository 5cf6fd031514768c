// Command benchexport exports a synthetic case once, as the briefing or as
// the bare gofpdf baseline, so its time and peak memory can be measured
// from outside (scripts/bench-export.sh runs it under /usr/bin/time).
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/casefile/casefile/casefile"
	"github.com/casefile/casefile/export"
	"github.com/casefile/casefile/export/internal/bare"
)

func main() {
	n := flag.Int("n", 10000, "statements in the synthetic case")
	mode := flag.String("mode", "briefing", "briefing or bare")
	flag.Parse()
	c := casefile.Synthetic(*n, 1)
	start := time.Now()
	var err error
	switch *mode {
	case "briefing":
		err = export.PDF(context.Background(), io.Discard, c, export.Options{}, nil)
	case "bare":
		err = bare.Write(io.Discard, c)
	default:
		err = fmt.Errorf("unknown mode %q; choose briefing or bare", *mode)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Printf("%s %d: %.3f s\n", *mode, *n, time.Since(start).Seconds())
}
