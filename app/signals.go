package app

import (
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

// quitOnSignal quits when the system asks the process to end (logout,
// shutdown, kill, Ctrl+C in a terminal); Run then calls stopped, so that
// the last edits reach the disk and the lock file beside the case is
// removed. Fyne's desktop driver quits on SIGINT and SIGTERM too, and
// whichever quits first, the outcome is the same: both stop the driver's
// loop, which is safe to do twice and at any moment. (App.Quit would close
// the window too, and when Fyne's handler had already ended the loop that
// closed a window whose library was gone: a panic, and the lock left
// behind.)
func (u *UI) quitOnSignal() {
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, syscall.SIGTERM, syscall.SIGINT, syscall.SIGHUP)
	go func() {
		<-sig
		signal.Stop(sig)
		runOnUI(u.app.Driver().Quit) // Run saves once the loop has ended
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
