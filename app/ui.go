package app

import (
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/casefile/casefile/casefile"
)

// UI is one Casefile window and the case open in it.
type UI struct {
	app     fyne.App
	win     fyne.Window
	version string

	doc     *document
	saver   *saver
	sched   *saveSchedule // when the open case's changes are saved
	loading *loadingView  // the case being opened, while it loads

	tabs       *container.AppTabs
	overview   *overviewScreen
	actors     *actorsScreen
	chart      *chartScreen
	statements *statementsScreen
	background *backgroundScreen
	timeline   *timelineScreen
	sources    *sourcesScreen
	notes      *notesScreen
	judgments  *judgmentsScreen
	matrix     *matrixScreen
	search     *searchPanel
	conflicts  *conflictsScreen // its tab is shown only while the case has conflicts

	tabOverview, tabActors, tabChart, tabStatements, tabBackground, tabTimeline, tabSources, tabNotes *container.TabItem
	tabJudgments, tabMatrix                                                                           *container.TabItem

	marking  *tlpBadge
	top      *fyne.Container
	status   *widget.Label // "Saved 14:02:31", or why not
	location *widget.Label // the case file, and read-only when it is
	empty    fyne.CanvasObject
	body     *fyne.Container

	// noticeUntil is when the notice in the status bar may give way to a
	// routine save report; see setNotice.
	noticeUntil time.Time

	form        *itemForm    // the edit form showing, for tests
	newCase     *newCaseForm // the new case form last shown, for tests
	exportForm  *exportForm  // the export options last shown, for tests
	exporting   *exportRun   // the export last started
	othersStale bool         // screens other than notes show notes typed since

	fileDialog *dialog.FileDialog // the last file dialog shown, for tests
	fileChosen func(path string)  // what the last save dialog does with a path chosen, for tests
	dialog     dialog.Dialog      // the last message dialog shown, for tests
	problems   *problemsDialog    // the last problems dialog shown, for tests
	message    string             // and its message

	escapes   map[fyne.CanvasObject]func() // what Escape does to each dialog showing (escape.go)
	caseItems []menuNeed                   // the menu items that need a case open (menu.go)
}

// windowTitleMax is how much of a case title the window title shows.
const windowTitleMax = 60

// NewUI builds the window with no case open.
func NewUI(a fyne.App, version string) *UI {
	protectFilesFromSaveDialogs()
	u := &UI{app: a, version: version, escapes: map[fyne.CanvasObject]func(){}}
	a.Settings().SetTheme(withMutedGrey(a.Settings().Theme()))
	u.win = a.NewWindow("Casefile")
	u.win.Resize(fyne.NewSize(1200, 800))

	u.overview = newOverviewScreen(u)
	u.actors = newActorsScreen(u)
	u.chart = newChartScreen(u)
	u.statements = newStatementsScreen(u)
	u.background = newBackgroundScreen(u)
	u.timeline = newTimelineScreen(u)
	u.sources = newSourcesScreen(u)
	u.notes = newNotesScreen(u)
	u.judgments = newJudgmentsScreen(u)
	u.matrix = newMatrixScreen(u)
	u.search = newSearchPanel(u)
	u.conflicts = newConflictsScreen(u)

	u.tabOverview = container.NewTabItemWithIcon("Overview", theme.HomeIcon(), u.overview.content)
	u.tabActors = container.NewTabItemWithIcon("Actors", theme.AccountIcon(), u.actors.content)
	u.tabChart = container.NewTabItemWithIcon("Chart", chartIcon, u.chart.content)
	u.tabStatements = container.NewTabItemWithIcon("Statements", theme.MailComposeIcon(), u.statements.content)
	u.tabBackground = container.NewTabItemWithIcon("Background", theme.HistoryIcon(), u.background.content)
	u.tabTimeline = container.NewTabItemWithIcon("Timeline", timelineIcon, u.timeline.content)
	u.tabSources = container.NewTabItemWithIcon("Sources", theme.FileTextIcon(), u.sources.content)
	u.tabNotes = container.NewTabItemWithIcon("Notes", theme.DocumentCreateIcon(), u.notes.content)
	u.tabJudgments = container.NewTabItemWithIcon("Judgments", theme.ConfirmIcon(), u.judgments.content)
	u.tabMatrix = container.NewTabItemWithIcon("Hypotheses", theme.GridIcon(), u.matrix.content)
	u.tabs = container.NewAppTabs(u.tabOverview, u.tabActors, u.tabChart, u.tabStatements, u.tabBackground, u.tabTimeline, u.tabSources, u.tabNotes,
		u.tabJudgments, u.tabMatrix)
	u.tabs.SetTabLocation(container.TabLocationLeading)
	u.tabs.OnSelected = func(t *container.TabItem) {
		u.refreshStale()
		u.chart.shown(t == u.tabChart)
		u.timeline.shown(t == u.tabTimeline)
		u.matrix.shown(t == u.tabMatrix)
	}

	u.marking = newTLPBadge()
	u.status = widget.NewLabel("No case open")
	u.status.Wrapping = fyne.TextWrapWord // a failed save's reason, in full
	u.location = widget.NewLabel("")
	u.location.Truncation = fyne.TextTruncateEllipsis
	u.location.Alignment = fyne.TextAlignTrailing

	u.top = container.NewBorder(nil, nil, u.marking, nil, u.search.entry)
	top := u.top
	statusBar := container.NewBorder(widget.NewSeparator(), nil, nil, nil,
		container.NewGridWithColumns(2, u.status, u.location))
	u.empty = container.NewCenter(container.NewVBox(
		heading("No case open"),
		widget.NewLabel("Open a case file, start a new one, or open the default case."),
		container.NewHBox(
			widget.NewButtonWithIcon("Open a case…", theme.FolderOpenIcon(), u.ShowOpen),
			widget.NewButtonWithIcon("New case…", theme.ContentAddIcon(), u.ShowNew),
			widget.NewButtonWithIcon("Open the default case", theme.HomeIcon(), u.OpenDefault),
		),
	))
	u.body = container.NewStack(u.empty)
	u.marking.Hide()
	u.search.entry.Disable()
	u.win.SetContent(container.NewBorder(container.NewPadded(top), statusBar, nil, nil, u.body))
	u.win.SetMainMenu(u.mainMenu())
	u.addShortcuts()
	u.win.Canvas().SetOnTypedKey(u.typedKey)
	u.win.SetCloseIntercept(u.closeWindow)
	return u
}

// Window is the UI's window.
func (u *UI) Window() fyne.Window { return u.win }

// Case is the case open in the window, or nil.
func (u *UI) Case() *casefile.Case {
	if u.doc == nil {
		return nil
	}
	return u.doc.c
}

// Path is the file of the open case, or "".
func (u *UI) Path() string {
	if u.doc == nil {
		return ""
	}
	return u.doc.path
}

// ReadOnly says why the open case is read-only, or "" when it is editable.
func (u *UI) ReadOnly() string {
	if u.doc == nil {
		return ""
	}
	return u.doc.readOnly
}

// Run shows the window, opens path in it (or the analyst's working copy of
// the default case when path is "") and runs the app until it quits.
func Run(a fyne.App, path, version string) {
	uiGoroutine.Store(goroutineID())
	u := NewUI(a, version)
	u.quitOnSignal()
	// The case loads once the event loop runs, after the window is
	// queued to show, so the window appears first and the case fills it.
	a.Lifecycle().SetOnStarted(func() {
		if path == "" {
			u.OpenDefault()
		} else {
			u.openOrOffer(path)
		}
	})
	u.win.ShowAndRun()
	uiEnded.Store(true)
	u.stopped()
}

// setStatus shows a message in the status bar, in full: the bar grows a
// line rather than cut off why a save failed.
func (u *UI) setStatus(s string) {
	u.noticeUntil = time.Time{}
	u.status.SetText(fontSafe(strings.Join(strings.Fields(s), " ")))
}

// noticeHold is how long a report the analyst must read (what an export
// withheld, what an import brought) stays in the status bar before a
// routine "Saved hh:mm:ss" may take its place.
const noticeHold = 20 * time.Second

// setNotice shows a report that a routine save report does not replace
// for noticeHold: an autosave finishing a moment after a release would
// otherwise wipe the line saying what the release withheld.
func (u *UI) setNotice(s string) {
	u.setStatus(s)
	u.noticeUntil = time.Now().Add(noticeHold)
}

// setSaved reports a routine save unless a notice is still being read.
func (u *UI) setSaved(s string) {
	if time.Now().Before(u.noticeUntil) {
		return
	}
	u.setStatus(s)
}

// fontSafe writes the menu paths of messages ("Edit ▸ Undo") with a
// separator the GUI's font has: its ▸ showed as a box. glyphs_test.go
// checks every string the screens and dialogs show.
var fontSafe = strings.NewReplacer("▸", "›").Replace

// updateTitle names the case in the window title.
func (u *UI) updateTitle() {
	if u.doc == nil {
		u.win.SetTitle("Casefile")
		return
	}
	t := truncate(u.doc.c.Title, windowTitleMax)
	if u.doc.readOnly != "" {
		t += " (read-only)"
	}
	u.win.SetTitle(t + " — Casefile")
}

// truncate cuts s to n runes, ending a cut one in " …". It reads no
// further into s than it keeps: a title may be a megabyte long.
func truncate(s string, n int) string {
	s = strings.TrimSpace(s)
	count, keep := 0, 0
	for i := range s {
		switch count {
		case n - 1:
			keep = i // where the n-1 runes kept end
		case n:
			return strings.TrimSpace(s[:keep]) + " …" // more than n runes
		}
		count++
	}
	return s
}

// refreshAll redraws every screen from the case, after an edit, undo or
// opening a case.
func (u *UI) refreshAll() {
	if u.doc == nil {
		u.body.Objects = []fyne.CanvasObject{u.empty}
		u.body.Refresh()
		u.marking.Hide()
		u.search.entry.SetText("")
		u.search.entry.Disable()
		u.updateTitle()
		u.updateMenu()
		return
	}
	u.othersStale = false
	u.marking.set(u.doc.c.Marking)
	u.overview.refresh()
	u.actors.refresh()
	u.chart.refresh()
	u.statements.refresh()
	u.background.refresh()
	u.timeline.refresh()
	u.sources.refresh()
	u.notes.refresh()
	u.judgments.refresh()
	u.matrix.refresh()
	u.search.refresh()
	u.conflicts.refresh()
	u.updateTitle()
	u.updateMenu()
	// The screens show the new case before they are put in view: the
	// body's refresh lays out every list.
	if u.body.Objects[0] != u.tabs {
		u.body.Objects = []fyne.CanvasObject{u.tabs, u.search.results}
		u.body.Refresh()
		u.marking.Show()
		u.search.entry.Enable()
	}
	u.top.Refresh()
}

// refreshStale redraws the screens that show notes after typing in one,
// which redraws only the notes screen as it goes.
func (u *UI) refreshStale() {
	if !u.othersStale || u.doc == nil {
		return
	}
	u.othersStale = false
	u.overview.refresh()
	u.actors.refresh()
	u.statements.refresh()
	u.background.refresh()
}

// edit applies a change to the case through the casefile API, then
// redraws and schedules a save. The model's refusal is returned for the
// caller to show; nothing changes then.
func (u *UI) edit(edit func(c *casefile.Case) error) error {
	if u.doc == nil {
		return nil
	}
	if err := u.doc.apply("", edit); err != nil {
		return err
	}
	u.refreshAll()
	u.scheduleSave(autosaveDelay)
	return nil
}

// textField is a text field with its own typing history (widget.Entry).
type textField interface {
	fyne.Focusable
	Undo()
	Redo()
	Disabled() bool
}

// focusedText is the text field that has the focus, if any. Undo and redo
// act on its typing, as in any desktop application, rather than on the
// case behind it.
func (u *UI) focusedText() textField {
	if f, ok := u.win.Canvas().Focused().(textField); ok && !f.Disabled() {
		return f
	}
	return nil
}

// Undo reverts the last typing in the focused text field, or else the
// last edit to the case.
func (u *UI) Undo() {
	if f := u.focusedText(); f != nil {
		f.Undo()
		return
	}
	if u.doc != nil && u.doc.undoEdit() {
		u.refreshAll()
		u.scheduleSave(autosaveDelay)
		u.setStatus("Undone")
	}
}

// Redo reapplies what Undo last undid in the focused text field, or else
// the last undone edit to the case.
func (u *UI) Redo() {
	if f := u.focusedText(); f != nil {
		f.Redo()
		return
	}
	if u.doc != nil && u.doc.redoEdit() {
		u.refreshAll()
		u.scheduleSave(autosaveDelay)
		u.setStatus("Redone")
	}
}

// showError shows an error in words in a dialog.
func (u *UI) showError(title string, err error) {
	d := dialog.NewCustom(title, "OK", wrapped(err.Error()), u.win)
	u.showSized(d, err.Error())
}

// confirm asks before doing something that cannot be taken back lightly.
func (u *UI) confirm(title, message, action string, yes func()) {
	d := dialog.NewCustomConfirm(title, action, "Cancel", wrapped(message), func(ok bool) {
		if ok {
			yes()
		}
	}, u.win)
	u.showSized(d, message)
}

// showSized shows a dialog wide enough to read and tall enough for its
// wrapped message.
func (u *UI) showSized(d dialog.Dialog, message string) {
	lines := 1 + strings.Count(message, "\n") + len([]rune(message))/64
	d.Resize(fyne.NewSize(560, float32(130+24*lines)))
	u.dialog, u.message = d, message
	u.present(d, d.Dismiss)
}

func wrapped(s string) *widget.Label {
	l := widget.NewLabel(fontSafe(s))
	l.Wrapping = fyne.TextWrapWord
	return l
}
