package app

import (
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

// quitOnSignal saves the case and quits when the system asks the process
// to end (logout, shutdown, kill, Ctrl+C in a terminal), so that the last
// edits reach the disk and the lock file beside the case is removed.
//
// Fyne's desktop driver also quits on SIGINT and SIGTERM, and a quitting
// driver drops work still queued for the UI thread; Run calls stopped
// once the app has stopped, so the outcome is the same whichever is first.
func (u *UI) quitOnSignal() {
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, syscall.SIGTERM, syscall.SIGINT, syscall.SIGHUP)
	go func() {
		<-sig
		signal.Stop(sig)
		runOnUI(func() {
			if !u.closeCase() && u.doc != nil {
				u.doc.lock.Release() // the system is ending us anyway
			}
			u.app.Quit()
		})
	}()
}

// stopped saves the case and releases its lock after the app has stopped,
// whatever stopped it. The window is gone by then, so a failure is
// reported on standard error rather than in a dialog.
func (u *UI) stopped() {
	if u.doc == nil {
		return
	}
	if err := u.flush(); err != nil {
		fmt.Fprintf(os.Stderr, "casefile: the last changes to %s were not saved: %v\n", u.doc.path, err)
	}
	u.doc.lock.Release()
	u.doc = nil
}
