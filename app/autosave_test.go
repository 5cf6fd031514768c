package app

import (
	"errors"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"github.com/casefile/casefile/casefile"
)

// fakeClock is time that moves only when the test advances it; timers
// fire in order as it passes them.
type fakeClock struct {
	now    time.Time
	timers []*fakeTimer
	made   int // timers ever set
}

type fakeTimer struct {
	at      time.Time
	f       func()
	stopped bool
}

func (t *fakeTimer) Stop() bool { was := !t.stopped; t.stopped = true; return was }

func (c *fakeClock) Now() time.Time { return c.now }

func (c *fakeClock) AfterFunc(d time.Duration, f func()) stopper {
	t := &fakeTimer{at: c.now.Add(d), f: f}
	c.timers = append(c.timers, t)
	c.made++
	return t
}

// advance moves the clock to to, firing every timer due on the way at its
// own time.
func (c *fakeClock) advance(to time.Time) {
	for {
		c.timers = slices.DeleteFunc(c.timers, func(t *fakeTimer) bool { return t.stopped })
		i := slices.IndexFunc(c.timers, func(t *fakeTimer) bool { return !t.at.After(to) })
		if i < 0 {
			break
		}
		for j, t := range c.timers { // the earliest due
			if t.at.Before(c.timers[i].at) {
				i = j
			}
		}
		t := c.timers[i]
		c.timers = slices.Delete(c.timers, i, i+1)
		c.now = t.at
		t.f()
	}
	c.now = to
}

// scheduleRun drives a saveSchedule as the UI does: the timer's wake-up
// runs fired, and a due save is handed over at once.
type scheduleRun struct {
	clock   *fakeClock
	s       *saveSchedule
	saves   []time.Time
	changes int   // changes made so far
	covered []int // for each save, the changes made before it
}

func newScheduleRun() *scheduleRun {
	r := &scheduleRun{clock: &fakeClock{now: time.Date(2026, 1, 1, 9, 0, 0, 0, time.UTC)}}
	r.s = newSaveSchedule(r.clock, func() {
		if r.s.fired() {
			r.saves = append(r.saves, r.clock.now)
			r.covered = append(r.covered, r.changes)
			r.s.saving()
		}
	})
	return r
}

// typeAt makes a change at each of the given times.
func (r *scheduleRun) typeAt(times []time.Time) {
	for _, t := range times {
		r.clock.advance(t)
		r.s.changed(autosaveDelay)
		r.changes++
	}
}

func TestSteadyTypingIsSavedAtMostTwoSecondsApart(t *testing.T) {
	r := newScheduleRun()
	start := r.clock.now
	var keys []time.Time
	for d := time.Duration(0); d < 10*time.Second; d += 90 * time.Millisecond {
		keys = append(keys, start.Add(d)) // never a pause as long as autosaveDelay
	}
	r.typeAt(keys)
	if len(r.saves) < 5 {
		t.Fatalf("10 s of steady typing gave %d saves, want one at least every %s", len(r.saves), saveMaxWait)
	}
	prev := start
	for _, s := range r.saves {
		if gap := s.Sub(prev); gap > 2*time.Second {
			t.Errorf("saves %s apart during steady typing", gap)
		}
		prev = s
	}
	// A timer wakes at most three times per save (quiet delay, maximum
	// wait, save), however many keystrokes fall between.
	if made := r.clock.made; made > 3*len(r.saves)+3 {
		t.Errorf("%d timers set for %d keystrokes and %d saves: a keystroke should cost no timer", made, len(keys), len(r.saves))
	}
}

// TestEveryChangeIsSavedWithinTheMaximumWait types in random rhythms
// (steady, bursts, pauses of every length) and checks that every change
// is handed to a save within saveMaxWait, that no save runs without a
// change to save, and that a pause saves once it has lasted autosaveDelay.
func TestEveryChangeIsSavedWithinTheMaximumWait(t *testing.T) {
	for seed := uint64(1); seed <= 200; seed++ {
		rng := rand.New(rand.NewPCG(seed, 7))
		r := newScheduleRun()
		var keys []time.Time
		at := r.clock.now
		for range 300 {
			var gap time.Duration
			switch rng.IntN(10) {
			case 0:
				gap = time.Duration(rng.Int64N(int64(3 * time.Second))) // a pause
			case 1:
				gap = autosaveDelay + time.Duration(rng.Int64N(int64(10*time.Millisecond))) - 5*time.Millisecond
			default:
				gap = time.Duration(20+rng.IntN(200)) * time.Millisecond
			}
			at = at.Add(gap)
			keys = append(keys, at)
		}
		r.typeAt(keys)
		r.clock.advance(at.Add(time.Minute))
		for j, k := range keys {
			// The first save made after change j holds it.
			i := slices.IndexFunc(r.covered, func(n int) bool { return n > j })
			if i < 0 {
				t.Fatalf("seed %d: the change at %s was never saved", seed, k.Sub(keys[0]))
			}
			if wait := r.saves[i].Sub(k); wait > saveMaxWait {
				t.Fatalf("seed %d: the change at %s waited %s for its save", seed, k.Sub(keys[0]), wait)
			}
		}
		// Each save has a change before it that no earlier save covered.
		for i := range r.saves {
			if i > 0 && r.covered[i] == r.covered[i-1] {
				t.Fatalf("seed %d: a save at %s with nothing new to save", seed, r.saves[i].Sub(keys[0]))
			}
		}
	}
}

func TestAPauseSavesAfterTheQuietDelay(t *testing.T) {
	r := newScheduleRun()
	start := r.clock.now
	r.typeAt([]time.Time{start, start.Add(100 * time.Millisecond)})
	r.clock.advance(start.Add(5 * time.Second))
	if len(r.saves) != 1 || !r.saves[0].Equal(start.Add(100*time.Millisecond+autosaveDelay)) {
		t.Errorf("saves at %v, want one %s after the last change", r.saves, autosaveDelay)
	}
}

func TestAFailedSaveIsRetriedWithBackoffUntilItSucceeds(t *testing.T) {
	r := newScheduleRun()
	start := r.clock.now
	r.typeAt([]time.Time{start})
	r.clock.advance(start.Add(time.Second))
	var delays []time.Duration
	for range 6 { // every save fails, and nothing else changes
		delays = append(delays, r.s.failed())
		n := len(r.saves)
		r.clock.advance(r.clock.now.Add(retryMax))
		if len(r.saves) != n+1 {
			t.Fatalf("after a failure and no new change, %d retries ran, want 1", len(r.saves)-n)
		}
		if got := r.saves[n].Sub(r.clock.now.Add(-retryMax)); got != delays[len(delays)-1] {
			t.Errorf("retry after %s, want the %s failed returned", got, delays[len(delays)-1])
		}
	}
	want := []time.Duration{retryFirst, 2 * retryFirst, 4 * retryFirst, retryMax, retryMax, retryMax}
	if !slices.Equal(delays, want) {
		t.Errorf("retry delays %v, want %v", delays, want)
	}
	r.s.succeeded()
	if d := r.s.failed(); d != retryFirst {
		t.Errorf("after a success the next failure retries in %s, want %s", d, retryFirst)
	}
}

// TestARefusedQuitKeepsRetrying: a quit refused because the save failed
// leaves the case open and saving keeps being retried, so that once the
// cause is gone the case reaches the disk without the analyst's doing
// anything.
func TestARefusedQuitKeepsRetrying(t *testing.T) {
	u, path := newTestUI(t)
	makeSavesFail(t, path)
	u.newNoteOn(casefile.Target{Kind: casefile.OnCase})
	test.Type(u.notes.editor, "written while the disk was full")
	id := u.notes.selected
	quitted := false
	if u.closeCaseThen(func() { quitted = true }) {
		t.Fatal("the case closed although it could not be saved")
	}
	if !strings.Contains(u.message, "keeps trying") || !strings.Contains(u.status.Text, "tries again in") {
		t.Errorf("dialog %q, status %q: neither says the save is retried", u.message, u.status.Text)
	}
	if err := os.Remove(path); err != nil { // space freed
		t.Fatal(err)
	}
	waitForRetry(t, path, id, "written while the disk was full") // the retry after the refused quit saved the note
	if quitted || u.Case() == nil {
		t.Error("the retry closed the case or quit by itself")
	}
}

func TestDiscardingAfterAFailedSaveClosesWithoutSaving(t *testing.T) {
	u, path := newTestUI(t)
	makeSavesFail(t, path)
	u.newNoteOn(casefile.Target{Kind: casefile.OnCase})
	test.Type(u.notes.editor, "let go")
	quitted := false
	u.closeCaseThen(func() { quitted = true })
	confirmDialog(t, u) // "Discard changes"
	if !quitted || u.Case() != nil {
		t.Fatalf("after Discard changes: quit %v, case open %v", quitted, u.Case() != nil)
	}
	if _, err := os.Stat(casefile.LockPath(path)); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("discarding left the lock: %v", err)
	}
	if info, err := os.Stat(path); err != nil || !info.IsDir() {
		t.Errorf("discarding wrote over what was at the path: %v", err)
	}
}

// makeSavesFail puts a folder where the case file was, so that every save
// fails, as on a full disk, until the test removes it.
func makeSavesFail(t *testing.T, path string) {
	t.Helper()
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(path, 0o755); err != nil {
		t.Fatal(err)
	}
}

// waitForRetry waits, as long as two retries at the longest backoff, for
// a retried save to write the note with the given body to the file.
func waitForRetry(t *testing.T, path, id, body string) {
	t.Helper()
	waitForWithin(t, 2*retryMax, "a retried save to write the note", func() bool {
		c, err := casefile.Load(path)
		if err != nil {
			return false
		}
		n, ok := c.Note(id)
		return ok && n.Body == body
	})
}
