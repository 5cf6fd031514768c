package app

import (
	"sync/atomic"
	"testing"

	"fyne.io/fyne/v2/test"
)

// Once the desktop driver's loop has drained, fyne.Do runs its function at
// once on the calling goroutine, as the test driver always does: so under
// the test driver, doOnUI from a worker shows what it does after the loop
// has ended. It must run nothing there (a case that finished loading as a
// signal stopped the app set the window's title from the loader, a crash),
// and still run what the UI goroutine itself hands it.
func TestDoOnUIRunsNothingOffTheUIGoroutine(t *testing.T) {
	test.NewTempApp(t)
	was := uiGoroutine.Load()
	t.Cleanup(func() { uiGoroutine.Store(was) })
	uiGoroutine.Store(goroutineID())

	var ran atomic.Int32
	doOnUI(func() { ran.Add(1) })
	if ran.Load() != 1 {
		t.Fatalf("doOnUI on the UI goroutine ran its function %d times, want 1", ran.Load())
	}
	done := make(chan uint64)
	go func() {
		doOnUI(func() { ran.Add(1) })
		done <- goroutineID()
	}()
	if worker := <-done; worker == uiGoroutine.Load() || worker == 0 {
		t.Fatalf("goroutineID gave the worker %d and the UI goroutine %d; they must differ and not be 0", worker, uiGoroutine.Load())
	}
	if ran.Load() != 1 {
		t.Fatal("doOnUI ran its function on a worker goroutine, where the desktop driver runs it once its loop has ended")
	}
}
