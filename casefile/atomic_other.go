//go:build !windows

package casefile

import "os"

// renameDurable is os.Rename: on Unix the rename reaches the disk when its
// folder is synced (syncDir), after it.
func renameDurable(from, to string) error { return os.Rename(from, to) }

// syncDir syncs a folder, so that a rename in it survives a power cut.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}
