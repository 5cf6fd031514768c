package stix

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// statements writes the statements, which are most of a large case: in
// chunks, on as many goroutines as there are processors, each chunk into a
// buffer of its own that is written out in order, at most a few chunks
// ahead of the writing, and then used again (by this export, then by the
// next).
func (e *exporter) statements() error {
	c := e.c
	const chunk = 1024
	n := (len(c.Statements) + chunk - 1) / chunk
	workers := min(runtime.GOMAXPROCS(0), n)
	if workers <= 1 {
		for i := range c.Statements {
			if err := e.statement(i, &c.Statements[i]); err != nil {
				return err
			}
		}
		return nil
	}
	type result struct {
		b   []byte
		err error
	}
	results := make([]chan result, n)
	for k := range results {
		results[k] = make(chan result, 1)
	}
	ahead := make(chan struct{}, 2*workers) // chunks made and not yet written
	free := make(chan []byte, 2*workers+1)  // buffers written, to use again
	defer func() {
		for {
			select {
			case b := <-free:
				chunkBuffers.Put(&b)
			default:
				return
			}
		}
	}()
	var next atomic.Int64
	for range workers {
		go func() {
			f := *e // the maps are only read
			f.x, f.out, f.dateTexts = newExtEncoder(), nil, map[uint64]string{}
			for {
				k := int(next.Add(1)) - 1
				if k >= n {
					return
				}
				ahead <- struct{}{}
				var buf []byte
				select {
				case buf = <-free:
				default:
					buf = newChunkBuffer(statementsSize(c.Statements[k*chunk : min(len(c.Statements), (k+1)*chunk)]))
				}
				f.w = jsonWriter{b: buf[:0], comma: true}
				var err error
				for i := k * chunk; i < min(len(c.Statements), (k+1)*chunk) && err == nil; i++ {
					err = f.statementInto(i, &c.Statements[i])
				}
				results[k] <- result{f.w.b, err}
			}
		}()
	}
	var first error
	for k := range results {
		r := <-results[k]
		<-ahead
		if r.err != nil && first == nil {
			first = r.err
		}
		if first == nil { // straight out, rather than copied into e.w first
			e.flush()
			if e.err == nil {
				_, e.err = e.out.Write(r.b)
			}
			e.w.comma = true
		}
		select {
		case free <- r.b:
		default:
		}
	}
	return first
}

// chunkBuffers are the buffers of chunks of statements that exports have
// written out, for the next export: a large case's are megabytes, which
// would be allocated, cleared and collected every time.
var chunkBuffers sync.Pool

// newChunkBuffer is an empty buffer with room for n bytes or more.
func newChunkBuffer(n int) []byte {
	if b, ok := chunkBuffers.Get().(*[]byte); ok && cap(*b) >= n {
		return (*b)[:0]
	}
	return make([]byte, 0, n)
}
