package casefile

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
)

// maxLinks is how many symbolic links resolvePath follows in a row before
// giving up, as Linux does.
const maxLinks = 40

// resolvePath names the file path stands for: absolute, with every
// symbolic link followed, so that a lock or a save acts on the file itself
// and not on one of its names. A path that does not exist yet, or a link to
// one, resolves to where the file would be created. When path cannot be
// resolved (a folder is missing, say) it is returned absolute, and using it
// fails with a clearer error than resolving did.
func resolvePath(path string) string {
	abs := absPath(path)
	real, err := filepath.EvalSymlinks(abs)
	switch {
	case err == nil:
		return real
	case !errors.Is(err, fs.ErrNotExist):
		return abs
	}
	p := abs
	for range maxLinks {
		info, err := os.Lstat(p)
		if errors.Is(err, fs.ErrNotExist) {
			dir, err := filepath.EvalSymlinks(filepath.Dir(p))
			if err != nil {
				return abs
			}
			return filepath.Join(dir, filepath.Base(p))
		}
		if err != nil || info.Mode()&fs.ModeSymlink == 0 {
			return abs
		}
		target, err := os.Readlink(p)
		if err != nil {
			return abs
		}
		if !filepath.IsAbs(target) {
			target = filepath.Join(filepath.Dir(p), target)
		}
		p = target
	}
	return abs
}

// linkTarget is the file a save to path writes: the file a symbolic link
// points to, so that the link stays a link, or else path itself.
func linkTarget(path string) string {
	if info, err := os.Lstat(path); err == nil && info.Mode()&fs.ModeSymlink != 0 {
		return resolvePath(path)
	}
	return path
}

func absPath(path string) string {
	if abs, err := filepath.Abs(path); err == nil {
		return abs
	}
	return path
}
