package main

import (
	"archive/zip"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/casefile/casefile/internal/appinfo"
)

func info(t *testing.T) appinfo.Info {
	t.Helper()
	data, err := os.ReadFile("../../FyneApp.toml")
	if err != nil {
		t.Fatal(err)
	}
	i, err := appinfo.Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	return i
}

func TestIconsAtEverySize(t *testing.T) {
	i, dir := info(t), t.TempDir()
	if err := writeIcons(i, dir); err != nil {
		t.Fatal(err)
	}
	if err := checkIcons(i, dir); err != nil {
		t.Error(err)
	}
	if err := os.Remove(iconPath(dir, 48, i.Details.ID)); err != nil {
		t.Fatal(err)
	}
	if err := checkIcons(i, dir); err == nil {
		t.Error("checkIcons passed a folder without the 48 px icon")
	}
}

func TestDesktopEntryNamesTheVersionAndChecks(t *testing.T) {
	i := info(t)
	entry := desktopEntry(i)
	for _, want := range []string{"Name=Casefile\n", "Icon=" + i.Details.ID + "\n", "Exec=casefile %f\n", "X-Casefile-Version=" + i.Details.Version + "\n", "Categories=Office;\n"} {
		if !strings.Contains(entry, want) {
			t.Errorf("the entry has no %q:\n%s", want, entry)
		}
	}
	dir := t.TempDir()
	prog := filepath.Join(dir, "casefile")
	if err := os.WriteFile(prog, []byte("#!/bin/sh\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "e.desktop")
	installed := strings.Replace(entry, "Exec=casefile ", "Exec="+prog+" ", 1)
	if err := os.WriteFile(path, []byte(installed), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := checkDesktop(i, path); err != nil {
		t.Error(err)
	}
	old := strings.Replace(installed, "X-Casefile-Version="+i.Details.Version, "X-Casefile-Version=0.0.1", 1)
	if err := os.WriteFile(path, []byte(old), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := checkDesktop(i, path); err == nil || !strings.Contains(err.Error(), "0.0.1") {
		t.Errorf("an entry of another version: error %v", err)
	}
}

func TestListEscapesSemicolons(t *testing.T) {
	if got := list([]string{"a;b", "c"}); got != `a\;b;c;` {
		t.Errorf("list = %q", got)
	}
}

func TestZipHoldsTheFolder(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "pkg")
	if err := os.MkdirAll(filepath.Join(dir, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"a.exe", "sub/b.txt"} {
		if err := os.WriteFile(filepath.Join(dir, f), []byte(f), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out := filepath.Join(t.TempDir(), "p.zip")
	if err := writeZip(out, dir); err != nil {
		t.Fatal(err)
	}
	r, err := zip.OpenReader(out)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	var names []string
	for _, f := range r.File {
		names = append(names, f.Name)
	}
	if strings.Join(names, " ") != "pkg/a.exe pkg/sub/b.txt" {
		t.Errorf("the zip holds %v", names)
	}
}

// TestSysoGivesAWindowsProgramTheVersionAndIcon links the resources into a
// small Windows GUI program (pure Go, so no mingw is needed) and checks it
// as package-test.sh checks Casefile.exe: the version strings are
// FyneApp.toml's version exactly.
func TestSysoGivesAWindowsProgramTheVersionAndIcon(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: cross-compiles a Windows program")
	}
	i, dir := info(t), t.TempDir()
	if err := writeSyso(i, "../../LICENSE", filepath.Join(dir, "rsrc_windows_amd64.syso")); err != nil {
		t.Fatal(err)
	}
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("go.mod", "module hello\n\ngo 1.21\n")
	write("main.go", "package main\n\nfunc main() {}\n")
	exe := filepath.Join(dir, "hello.exe")
	build := func() {
		t.Helper()
		cmd := exec.Command("go", "build", "-ldflags=-H=windowsgui", "-o", exe, ".")
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GOOS=windows", "GOARCH=amd64", "CGO_ENABLED=0", "GOFLAGS=")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("go build: %v\n%s", err, out)
		}
	}
	build()
	if err := checkExe(i, exe); err != nil {
		t.Error(err)
	}

	// The same program built without the resources fails the check.
	if err := os.Remove(filepath.Join(dir, "rsrc_windows_amd64.syso")); err != nil {
		t.Fatal(err)
	}
	build()
	if err := checkExe(i, exe); err == nil {
		t.Error("checkExe passed a program with no resources")
	}

	// Another version in FyneApp.toml is another version in the strings.
	other := i
	other.Details.Version = "9.8.7"
	if err := writeSyso(other, "../../LICENSE", filepath.Join(dir, "rsrc_windows_amd64.syso")); err != nil {
		t.Fatal(err)
	}
	build()
	if err := checkExe(i, exe); err == nil || !strings.Contains(err.Error(), "9.8.7") {
		t.Errorf("checkExe of a 9.8.7 program against %s: %v; want it refused, naming 9.8.7", i.Details.Version, err)
	}
	if err := checkExe(other, exe); err != nil {
		t.Error(err)
	}
}

func TestSysoRefusesANameEveryBuildWouldLink(t *testing.T) {
	if err := writeSyso(info(t), "../../LICENSE", filepath.Join(t.TempDir(), "rsrc.syso")); err == nil || !strings.Contains(err.Error(), "_windows_amd64.syso") {
		t.Errorf("writeSyso(rsrc.syso): %v; want it refused, saying how to name it", err)
	}
}
