package main

import (
	"bytes"
	"fmt"
	"image/png"
	"os"
	"path/filepath"
	"strings"

	"github.com/tc-hib/winres"
	"github.com/tc-hib/winres/version"

	"github.com/casefile/casefile/assets"
	"github.com/casefile/casefile/internal/appinfo"
)

// exeIconSizes are the sizes Windows asks an executable's icon for: the
// taskbar, Explorer's views and the Alt-Tab switcher at 100-200% scaling.
var exeIconSizes = []int{16, 20, 24, 32, 40, 48, 64, 96, 128, 256}

// writeSyso writes the Windows resources of Casefile.exe (its icon, version
// and manifest) as a COFF object that go build links into a Windows
// program when it lies in the main package's folder. We write them rather
// than let `fyne package` do it because fyne package puts Version.Build
// in the version strings ("0.1.0.1"), where --version, the About box and
// the tarball say "0.1.0": here the strings are FyneApp.toml's version,
// exactly, and the four numbers Windows' fixed field needs are it and 0.
func writeSyso(info appinfo.Info, licence, path string) error {
	if !strings.HasSuffix(path, "_windows_amd64.syso") {
		// Any other name would be linked into every build, Linux's too.
		return fmt.Errorf("%s: name the file *_windows_amd64.syso, so that only Windows builds link it", path)
	}
	rs, err := resources(info, copyright(licence))
	if err != nil {
		return err
	}
	var b bytes.Buffer
	if err := rs.WriteObject(&b, winres.ArchAMD64); err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	return os.WriteFile(path, b.Bytes(), 0o644)
}

// resources is the resource set: icon, version information and manifest.
func resources(info appinfo.Info, copyright string) (*winres.ResourceSet, error) {
	d := info.Details
	img, err := png.Decode(bytes.NewReader(assets.Icon))
	if err != nil {
		return nil, fmt.Errorf("assets/icon.png: %w", err)
	}
	icon, err := winres.NewIconFromResizedImage(img, exeIconSizes)
	if err != nil {
		return nil, fmt.Errorf("the icon: %w", err)
	}
	rs := &winres.ResourceSet{}
	// ID 1 is the icon Explorer shows for the file and Windows gives the
	// window when the program sets none.
	if err := rs.SetIcon(winres.ID(1), icon); err != nil {
		return nil, err
	}

	var vi version.Info
	v := info.WindowsVersion()
	vi.FileVersion, vi.ProductVersion = v, v
	for key, value := range map[string]string{
		version.ProductName:      d.Name,
		version.ProductVersion:   d.Version,
		version.FileVersion:      d.Version,
		version.FileDescription:  d.Name,
		version.InternalName:     "casefile",
		version.OriginalFilename: d.Name + ".exe",
		version.Comments:         info.LinuxAndBSD.Comment,
		version.LegalCopyright:   copyright,
	} {
		if value == "" {
			continue
		}
		if err := vi.Set(version.LangDefault, key, value); err != nil {
			return nil, fmt.Errorf("version resource %s: %w", key, err)
		}
	}
	rs.SetVersionInfo(vi)

	rs.SetManifest(winres.AppManifest{
		Description: d.Name,
		// Go 1.26 runs on Windows 10 and later.
		Compatibility: winres.Win10AndAbove,
		// Sharp text on every monitor, each at its own scale, rather than
		// a blurred bitmap stretched by Windows.
		DPIAwareness: winres.DPIPerMonitorV2,
		// Case files live in deep folders on shared drives.
		LongPathAware:       true,
		UseCommonControlsV6: true,
	})
	return rs, nil
}

// copyright is the licence's copyright line, "Copyright (c) 2026 The
// Casefile authors", as Windows shows it in the file's Details ("" when
// the file has none).
func copyright(licence string) string {
	data, err := os.ReadFile(licence)
	if err != nil {
		return ""
	}
	for _, line := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(line, "Copyright") {
			return strings.Replace(strings.TrimSpace(line), "(c)", "©", 1)
		}
	}
	return ""
}
