package app

import (
	"os"
	"os/signal"
	"syscall"
)

// quitOnSignal saves the case and quits when the system asks the process
// to end (logout, shutdown, kill, Ctrl+C in a terminal), so that the last
// edits reach the disk and the lock file beside the case is removed.
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
