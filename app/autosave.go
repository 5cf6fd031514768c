package app

import (
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/casefile/casefile/casefile"
)

// Autosave timing. A save starts once the changes pause for autosaveDelay
// (a burst of typing costs one save), and never later than saveMaxWait
// after the first change not yet saved, so that steady typing, which never
// pauses, is still saved every saveMaxWait. A save of the 10,000-statement
// case takes 40 ms on an idle machine and a few hundred on a loaded one,
// off the UI thread, so every change is on disk within two seconds of
// being made with room for a busy machine's delays (the kill -9 soak lost
// a word typed 2.1 s before a kill once in 200 runs with a one-second
// maximum wait on a machine running other tests).
const (
	autosaveDelay = 400 * time.Millisecond
	saveMaxWait   = 750 * time.Millisecond
)

// A failed save is retried after retryFirst, then after twice as long each
// time, up to retryMax, until one succeeds or the analyst discards the
// changes: a full disk freed a minute later is written at most retryMax
// after.
const (
	retryFirst = time.Second
	retryMax   = 8 * time.Second
)

// clock is time as the save schedule sees it; tests drive a fake one.
type clock interface {
	Now() time.Time
	AfterFunc(d time.Duration, f func()) stopper
}

type stopper interface{ Stop() bool }

type realClock struct{}

func (realClock) Now() time.Time                              { return time.Now() }
func (realClock) AfterFunc(d time.Duration, f func()) stopper { return time.AfterFunc(d, f) }

// saveSchedule decides when the changes to an open case are saved. Its
// methods run on the UI thread. One timer at a time: a change while the
// timer is set only notes its time, and the timer, when it fires, either
// finds the save due or sets itself for when it will be; so a keystroke
// costs two clock reads and no timer.
type saveSchedule struct {
	clock clock
	wake  func() // called on the timer's goroutine; posts fired to the UI thread

	first, last time.Time     // the first and the latest change not yet saved
	quiet       time.Duration // the pause the latest change asked for
	retryAt     time.Time     // after a failed save, not before this
	failures    int           // failed saves in a row

	timer stopper
}

func newSaveSchedule(c clock, wake func()) *saveSchedule {
	return &saveSchedule{clock: c, wake: wake}
}

// pending reports changes not yet handed to a save.
func (s *saveSchedule) pending() bool { return !s.first.IsZero() }

// changed notes a change made now, to be saved after quiet without
// another change, or saveMaxWait after the first unsaved change.
func (s *saveSchedule) changed(quiet time.Duration) {
	now := s.clock.Now()
	if s.first.IsZero() {
		s.first = now
	}
	s.last, s.quiet = now, quiet
	if s.timer == nil {
		s.arm(now)
	}
}

// due is when the pending changes should be saved.
func (s *saveSchedule) due() time.Time {
	t := s.last.Add(s.quiet)
	if latest := s.first.Add(saveMaxWait); latest.Before(t) {
		t = latest
	}
	if t.Before(s.retryAt) {
		t = s.retryAt
	}
	return t
}

func (s *saveSchedule) arm(now time.Time) {
	s.timer = s.clock.AfterFunc(max(s.due().Sub(now), 0), s.wake)
}

// fired handles the timer's wake-up on the UI thread: true when a save is
// due now, else the timer is set again for when it will be.
func (s *saveSchedule) fired() bool {
	s.timer = nil
	if !s.pending() {
		return false // saved meanwhile (Ctrl+S, closing)
	}
	now := s.clock.Now()
	if now.Before(s.due()) {
		s.arm(now)
		return false
	}
	return true
}

// saving notes that every change so far is handed to a save.
func (s *saveSchedule) saving() {
	s.first, s.last = time.Time{}, time.Time{}
	s.stopTimer()
}

// failed notes a failed save: its changes are pending again, retried after
// a delay that doubles with each failure in a row. It returns the delay.
func (s *saveSchedule) failed() time.Duration {
	s.failures++
	delay := retryFirst << min(s.failures-1, 10)
	delay = min(delay, retryMax)
	now := s.clock.Now()
	s.retryAt = now.Add(delay)
	if s.first.IsZero() {
		s.first, s.last = now, now
	}
	s.stopTimer()
	s.arm(now)
	return delay
}

// succeeded notes a save that reached the disk.
func (s *saveSchedule) succeeded() {
	s.failures = 0
	s.retryAt = time.Time{}
}

func (s *saveSchedule) stopTimer() {
	if s.timer != nil {
		s.timer.Stop()
		s.timer = nil
	}
}

// saver writes snapshots of a case to its file on a goroutine of its own,
// one at a time. A snapshot waiting to be written is replaced by a newer
// one: the newer holds every change the older did.
type saver struct {
	path    string
	pending chan *casefile.Case // holds at most the one newest snapshot
	done    func(err error, at time.Time)
	wg      sync.WaitGroup
	err     error // the last save's error; read only after stop
}

func newSaver(path string, done func(err error, at time.Time)) *saver {
	s := &saver{path: path, pending: make(chan *casefile.Case, 1), done: done}
	s.wg.Add(1)
	go s.run()
	return s
}

func (s *saver) run() {
	defer s.wg.Done()
	for c := range s.pending {
		s.err = casefile.Save(s.path, c)
		s.done(s.err, time.Now())
	}
}

// submit queues a snapshot, dropping an older one not yet written.
func (s *saver) submit(c *casefile.Case) {
	for {
		select {
		case s.pending <- c:
			return
		default:
			select {
			case <-s.pending:
			default:
			}
		}
	}
}

// stop waits for the queued snapshot to be written and ends the goroutine.
func (s *saver) stop() {
	close(s.pending)
	s.wg.Wait()
}

// startSaving sets up the saver and the schedule for the open case.
func (u *UI) startSaving(doc *document) {
	u.saver = newSaver(doc.path, u.saved(doc))
	var s *saveSchedule
	s = newSaveSchedule(realClock{}, func() { runOnUI(func() { u.saveDue(s) }) })
	u.sched = s
}

// scheduleSave notes a change to the case: it is saved once the changes
// pause for quiet, and within saveMaxWait of the first unsaved one.
func (u *UI) scheduleSave(quiet time.Duration) {
	if u.doc == nil || u.doc.readOnly != "" || u.sched == nil {
		return
	}
	u.sched.changed(quiet)
}

// saveDue runs on the UI thread when the schedule's timer fires.
func (u *UI) saveDue(s *saveSchedule) {
	if u.sched == s && s.fired() {
		u.saveNow()
	}
}

// saveNow hands a snapshot of the case to the saver. It runs on the UI
// thread and does only the cloning there; the writing happens off it.
func (u *UI) saveNow() {
	if u.doc == nil || u.doc.readOnly != "" || u.saver == nil {
		return
	}
	u.sched.saving()
	snap := u.doc.c.Clone()
	u.saver.submit(snap)
	// The same snapshot brings the search index up to date, off the UI
	// thread, before the next search needs it.
	u.rebuildIndex(snap)
}

// saved reports a finished save; it is called on the saver's goroutine.
func (u *UI) saved(doc *document) func(err error, at time.Time) {
	return func(err error, at time.Time) {
		var lockErr error
		if err == nil {
			lockErr = doc.trackLock()
		}
		runOnUI(func() {
			if u.doc != doc {
				return
			}
			if err != nil {
				u.notSaved(err)
				return
			}
			u.sched.succeeded()
			if lockErr != nil {
				u.setStatus("Saved " + at.Format("15:04:05") + ", but " + lockErr.Error())
				return
			}
			u.setSaved("Saved " + at.Format("15:04:05"))
		})
	}
}

// flush saves any unsaved change and waits for it to reach the disk, for
// closing and quitting. It returns the save's error, if any.
func (u *UI) flush() error {
	if u.sched != nil {
		u.sched.stopTimer()
	}
	if u.saver == nil {
		return nil
	}
	u.saver.stop()
	// The last save failed and its retry has not run, or changes are
	// waiting for their save: save now.
	unsaved := u.saver.err != nil || (u.sched != nil && u.sched.pending())
	u.saver = nil
	if u.doc == nil || u.doc.readOnly != "" || !unsaved {
		return nil
	}
	if err := casefile.Save(u.doc.path, u.doc.c); err != nil {
		return err
	}
	u.doc.trackLock() // the lock is about to be released, or the window to close
	u.sched.saving()
	u.sched.succeeded()
	return nil
}

// resumeSaving restarts saving after a flush that failed, when the case
// stays open: the save is retried with backoff, as any failed save is.
func (u *UI) resumeSaving(err error) {
	u.saver = newSaver(u.doc.path, u.saved(u.doc))
	u.notSaved(err)
}

// notSaved says in the status bar, in full, that a save failed and when
// it is tried again, and schedules the retry.
func (u *UI) notSaved(err error) {
	delay := u.sched.failed()
	u.setStatus(fmt.Sprintf("Not saved: %v. Your changes are kept in this window; Casefile tries again in %s and keeps trying until the save succeeds.",
		strings.TrimSuffix(err.Error(), "."), delay))
}
