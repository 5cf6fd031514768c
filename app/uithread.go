package app

import (
	"bytes"
	"runtime"
	"strconv"
	"sync/atomic"

	"fyne.io/fyne/v2"
)

// runOnUI runs fn on the UI goroutine; work off it (saving, indexing,
// exporting, signals) reaches widgets only through it. Tests replace it
// with a queue they run on the test goroutine, because the test driver
// runs fyne.Do's function at once on the calling goroutine.
var runOnUI = doOnUI

// uiEnded is set once the event loop has ended. Work that finishes after
// that (a save in flight when the app quit, a case still loading) must not
// reach the widgets, while Run saves the case on the main goroutine.
var uiEnded atomic.Bool

// uiGoroutine is the goroutine that runs the event loop (main's), which
// Run records before the loop starts.
var uiGoroutine atomic.Uint64

// doOnUI hands fn to the event loop. Once the loop has drained its queue
// to stop (a signal, the window closed), fyne.Do no longer queues: it runs
// fn at once on the calling goroutine, and a case that finished loading
// then set the window's title from the loader's goroutine with the
// graphics library gone, a crash. uiEnded is only set after Run returns,
// too late to close that gap, so fn itself checks where it runs and does
// nothing off the UI goroutine: the loop has ended, and what fn would show
// no one will see (a case not installed takes no lock; Run saves the one
// open).
func doOnUI(fn func()) {
	if uiEnded.Load() {
		return
	}
	fyne.Do(func() {
		if goroutineID() != uiGoroutine.Load() {
			return
		}
		fn()
	})
}

// goroutineID is the running goroutine's number, read from the first line
// of its stack trace ("goroutine 7 [running]:"), as Fyne itself tells its
// main goroutine from others; Go has no other way to ask.
func goroutineID() uint64 {
	var buf [64]byte
	b := buf[:runtime.Stack(buf[:], false)]
	b = bytes.TrimPrefix(b, []byte("goroutine "))
	if i := bytes.IndexByte(b, ' '); i > 0 {
		b = b[:i]
	}
	id, _ := strconv.ParseUint(string(b), 10, 64)
	return id
}
