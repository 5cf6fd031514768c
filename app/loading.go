package app

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/casefile/casefile/casefile"
)

// loadingView is what the window shows while a case loads off the UI
// thread: the window appears at once, and a large case fills it when read.
type loadingView struct {
	path    string
	content fyne.CanvasObject
	bar     *widget.ProgressBarInfinite
}

// startLoading shows the loading view and reads path on a goroutine of its
// own; loaded installs the case on the UI thread. A second open while one
// loads supersedes it.
func (u *UI) startLoading(path string) {
	if u.loading != nil && u.loading.path == path {
		return
	}
	l := &loadingView{path: path, bar: widget.NewProgressBarInfinite()}
	what := filepath.Base(path)
	if info, err := os.Stat(path); err == nil && info.Mode().IsRegular() {
		what += fmt.Sprintf(" (%s)", fileSize(info.Size()))
	}
	l.content = container.NewCenter(container.NewVBox(
		heading("Opening "+what+"…"), l.bar, muted(filepath.Dir(path))))
	u.loading = l
	u.body.Objects = []fyne.CanvasObject{l.content}
	u.body.Refresh()
	u.setStatus("Opening " + path)
	go func() {
		c, err := casefile.Load(path)
		runOnUI(func() { u.loaded(l, c, err) })
	}()
}

// loaded installs a case read by startLoading, or says why it could not
// be read; the window then shows what it had before.
func (u *UI) loaded(l *loadingView, c *casefile.Case, err error) {
	if u.loading != l {
		return // superseded by another open
	}
	u.loading = nil
	l.bar.Stop()
	if err == nil {
		err = u.install(l.path, c)
		// Reading and checking the file left garbage several times the
		// case's size; hand it back to the system now rather than keep it
		// while the analyst reads (about 10 MB of idle memory).
		go debug.FreeOSMemory()
	}
	if err != nil {
		u.refreshAll()
		u.setStatus("Not opened: " + filepath.Base(l.path))
		u.showLoadError(err)
	}
}

// fileSize is a size in the units a person reads.
func fileSize(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%d KB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}
