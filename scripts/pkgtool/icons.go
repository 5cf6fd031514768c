package main

import (
	"bytes"
	"fmt"
	"image"
	"image/png"
	"os"
	"path/filepath"

	"golang.org/x/image/draw"

	"github.com/casefile/casefile/assets"
	"github.com/casefile/casefile/internal/appinfo"
)

// iconPath is where the icon of a size goes under a hicolor folder.
func iconPath(dir string, size int, id string) string {
	return filepath.Join(dir, fmt.Sprintf("%dx%d", size, size), "apps", id+".png")
}

// writeIcons writes the icon at each hicolor size, scaled from assets/icon.png.
func writeIcons(info appinfo.Info, dir string) error {
	src, err := png.Decode(bytes.NewReader(assets.Icon))
	if err != nil {
		return fmt.Errorf("assets/icon.png: %w", err)
	}
	for _, n := range iconSizes {
		path := iconPath(dir, n, info.Details.ID)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return err
		}
		if n == src.Bounds().Dx() {
			if err := os.WriteFile(path, assets.Icon, 0o644); err != nil {
				return err
			}
			continue
		}
		dst := image.NewNRGBA(image.Rect(0, 0, n, n))
		draw.CatmullRom.Scale(dst, dst.Bounds(), src, src.Bounds(), draw.Src, nil)
		var b bytes.Buffer
		if err := png.Encode(&b, dst); err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// checkIcons checks an installed hicolor folder: a PNG of each size.
func checkIcons(info appinfo.Info, dir string) error {
	for _, n := range iconSizes {
		path := iconPath(dir, n, info.Details.ID)
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		cfg, err := png.DecodeConfig(f)
		f.Close()
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		if cfg.Width != n || cfg.Height != n {
			return fmt.Errorf("%s is %d×%d; want %d×%d", path, cfg.Width, cfg.Height, n, n)
		}
	}
	fmt.Printf("%s: %s.png at %v px\n", dir, info.Details.ID, iconSizes)
	return nil
}
