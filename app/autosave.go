package app

import (
	"sync"
	"time"

	"github.com/casefile/casefile/casefile"
)

// Autosave timing: a save starts this long after the last change, so a
// burst of typing costs one save, and well within two seconds of it.
const (
	autosaveDelay = time.Second
	retryDelay    = 3 * time.Second
)

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

// autosave schedules a save of the current case after autosaveDelay,
// restarting the wait on every change.
func (u *UI) scheduleSave(delay time.Duration) {
	if u.doc == nil || u.doc.readOnly != "" {
		return
	}
	u.dirty = true
	if u.saveTimer != nil {
		u.saveTimer.Stop()
	}
	doc := u.doc
	u.saveTimer = time.AfterFunc(delay, func() {
		runOnUI(func() {
			if u.doc == doc {
				u.saveNow()
			}
		})
	})
}

// saveNow hands a snapshot of the case to the saver. It runs on the UI
// thread and does only the cloning there; the writing happens off it.
func (u *UI) saveNow() {
	if u.doc == nil || u.doc.readOnly != "" || u.saver == nil {
		return
	}
	if u.saveTimer != nil {
		u.saveTimer.Stop()
	}
	u.dirty = false
	snap := u.doc.c.Clone()
	u.saver.submit(snap)
	// The same snapshot brings the search index up to date, off the UI
	// thread, before the next search needs it.
	u.rebuildIndex(snap)
}

// saved reports a finished save; it is called on the saver's goroutine.
func (u *UI) saved(doc *document) func(err error, at time.Time) {
	return func(err error, at time.Time) {
		runOnUI(func() {
			if u.doc != doc {
				return
			}
			if err != nil {
				u.setStatus("Not saved: " + err.Error() + " — retrying")
				u.scheduleSave(retryDelay)
				return
			}
			u.setStatus("Saved " + at.Format("15:04:05"))
		})
	}
}

// flush saves any unsaved change and waits for it to reach the disk, for
// closing and quitting. It returns the save's error, if any.
func (u *UI) flush() error {
	if u.saveTimer != nil {
		u.saveTimer.Stop()
	}
	if u.saver == nil {
		return nil
	}
	u.saver.stop()
	if u.saver.err != nil {
		// The last autosave failed and its retry has not run: save now.
		u.dirty = true
	}
	u.saver = nil
	if u.doc == nil || u.doc.readOnly != "" || !u.dirty {
		return nil
	}
	if err := casefile.Save(u.doc.path, u.doc.c); err != nil {
		return err
	}
	u.dirty = false
	return nil
}
