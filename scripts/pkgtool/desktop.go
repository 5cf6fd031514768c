package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"

	"github.com/casefile/casefile/internal/appinfo"
)

// desktopEntry is the menu entry, named ID.desktop when installed, so that
// Wayland's app id (Fyne's, the ID) and X11's window class (the window's
// first title, the Name) both lead a dock to it. Exec is the bare program
// name; the installer writes the installed program's path there.
func desktopEntry(info appinfo.Info) string {
	d, l := info.Details, info.LinuxAndBSD
	var b strings.Builder
	line := func(key, value string) {
		if value != "" {
			fmt.Fprintf(&b, "%s=%s\n", key, value)
		}
	}
	b.WriteString("[Desktop Entry]\n")
	line("Type", "Application")
	line("Name", escapeValue(d.Name))
	line("GenericName", escapeValue(l.GenericName))
	line("Comment", escapeValue(l.Comment))
	line("Exec", "casefile %f")
	line("Icon", d.ID)
	line("Terminal", "false")
	line("Categories", list(l.Categories))
	line("Keywords", list(l.Keywords))
	line("StartupWMClass", escapeValue(d.Name))
	line("X-Casefile-Version", d.Version)
	return b.String()
}

func escapeValue(s string) string {
	return strings.NewReplacer(`\`, `\\`, "\n", `\n`, "\t", `\t`, "\r", `\r`).Replace(s)
}

func list(items []string) string {
	if len(items) == 0 {
		return ""
	}
	var b strings.Builder
	for _, it := range items {
		b.WriteString(strings.ReplaceAll(escapeValue(it), ";", `\;`) + ";")
	}
	return b.String()
}

// checkDesktop checks an installed entry: this version, the icon by the
// app's id, and an Exec whose program exists (the installer makes it the
// installed program's path).
func checkDesktop(info appinfo.Info, path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	keys := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if k, v, ok := strings.Cut(sc.Text(), "="); ok {
			keys[k] = v
		}
	}
	if err := sc.Err(); err != nil {
		return err
	}
	d := info.Details
	if keys["X-Casefile-Version"] != d.Version {
		return fmt.Errorf("%s: X-Casefile-Version is %q; FyneApp.toml's version is %q", path, keys["X-Casefile-Version"], d.Version)
	}
	if keys["Name"] != d.Name || keys["Icon"] != d.ID {
		return fmt.Errorf("%s: Name %q and Icon %q; want %q and %q", path, keys["Name"], keys["Icon"], d.Name, d.ID)
	}
	prog, _, _ := strings.Cut(keys["Exec"], " ")
	if st, err := os.Stat(prog); err != nil || st.Mode()&0o111 == 0 {
		return fmt.Errorf("%s: Exec=%s names no installed program (%v)", path, keys["Exec"], err)
	}
	fmt.Printf("%s: %s %s, Exec=%s, Icon=%s\n", path, keys["Name"], d.Version, keys["Exec"], keys["Icon"])
	return nil
}
