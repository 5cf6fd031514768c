package app

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/casefile/casefile/casefile"
)

// newCaseForm asks for a new case's title and the folder to save it in,
// the user's documents folder unless they choose another; the file is
// named after the title.
type newCaseForm struct {
	u      *UI
	f      *itemForm
	title  *pagedEditor
	folder string
	where  *widget.Label // the folder
	file   *widget.Label // the file it makes
}

// ShowNew opens the new case form.
func (u *UI) ShowNew() {
	n := &newCaseForm{u: u, f: u.newItemForm(), folder: documentsDir(), where: widget.NewLabel(""), file: muted("")}
	n.where.Truncation = fyne.TextTruncateEllipsis
	n.title = n.f.entry("Title", "title", "", "what it is about: “APT34 targets Gulf ministries”")
	n.title.editor.OnSubmitted = func(string) { n.f.Submit() }
	choose := widget.NewButtonWithIcon("Choose folder…", theme.FolderOpenIcon(), n.onChooseFolder)
	n.f.add("Save in", "folder", container.NewBorder(nil, nil, nil, choose, n.where))
	n.f.add("File", "file", n.file)
	n.f.Entries["title"].OnChanged = chain(n.f.Entries["title"].OnChanged, func(string) { n.showPath() })
	n.f.check = n.check
	n.f.verb = "Create"
	n.showPath()
	u.newCase = n
	n.f.show("New case", n.save)
	u.win.Canvas().Focus(n.title.editor)
}

// chain calls first, then then.
func chain(first, then func(string)) func(string) {
	return func(s string) {
		if first != nil {
			first(s)
		}
		then(s)
	}
}

// path is the file the case goes to: its title, made a file name.
func (n *newCaseForm) path() string {
	name := fileNameFrom(n.title.text())
	if name == "" {
		name = "New case"
	}
	return filepath.Join(n.folder, name+casefile.Extension)
}

func (n *newCaseForm) showPath() {
	n.where.SetText(n.folder)
	n.file.SetText(filepath.Base(n.path()))
}

// check is what save would refuse, for the form's problems.
func (n *newCaseForm) check() error {
	var fp formProblems
	if strings.TrimSpace(n.title.text()) == "" {
		fp.take(fieldError("title", "is empty: give the case a title, such as the incident's name"))
	}
	if info, err := os.Stat(n.folder); err != nil || !info.IsDir() {
		fp.take(fieldError("folder", "%s is not a folder that can be opened; choose another", n.folder))
	} else if _, err := os.Lstat(n.path()); err == nil {
		fp.take(fieldError("file", "%s is already in this folder; give the case another title or choose another folder", filepath.Base(n.path())))
	}
	return fp.err()
}

func (n *newCaseForm) save() error {
	if err := n.check(); err != nil {
		return err
	}
	return n.u.CreateCase(n.path(), strings.TrimSpace(n.title.text()))
}

// onChooseFolder asks for the folder, starting from the one chosen.
func (n *newCaseForm) onChooseFolder() {
	d := dialog.NewFolderOpen(func(l fyne.ListableURI, err error) {
		switch {
		case err != nil:
			n.u.showError("Cannot use that folder", err)
		case l != nil && l.Scheme() == "file":
			n.folder = l.Path()
			n.showPath()
			n.f.changed()
		}
	}, n.u.win)
	n.u.showFileDialogIn(d, n.folder)
}

// documentsDir is the user's documents folder: the XDG one, else
// ~/Documents, else the home folder; never an application's hidden one.
func documentsDir() string {
	home, _ := os.UserHomeDir()
	for _, d := range []string{xdgDocumentsDir(home), filepath.Join(home, "Documents")} {
		if info, err := os.Stat(d); d != "" && err == nil && info.IsDir() {
			return d
		}
	}
	return home
}

// xdgDocumentsDir is XDG_DOCUMENTS_DIR, from the environment or from
// user-dirs.dirs (xdg-user-dirs), or "".
func xdgDocumentsDir(home string) string {
	if d := os.Getenv("XDG_DOCUMENTS_DIR"); d != "" {
		return expandHome(d, home)
	}
	config := os.Getenv("XDG_CONFIG_HOME")
	if config == "" {
		config = filepath.Join(home, ".config")
	}
	f, err := os.Open(filepath.Join(config, "user-dirs.dirs"))
	if err != nil {
		return ""
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(strings.TrimSpace(sc.Text()), "XDG_DOCUMENTS_DIR="); ok {
			return expandHome(strings.Trim(v, `"`), home)
		}
	}
	return ""
}

// expandHome reads $HOME at the start of an XDG path.
func expandHome(p, home string) string {
	if rest, ok := strings.CutPrefix(p, "$HOME"); ok {
		return filepath.Join(home, rest)
	}
	if !filepath.IsAbs(p) {
		return "" // the specification allows only $HOME/… or an absolute path
	}
	return p
}
