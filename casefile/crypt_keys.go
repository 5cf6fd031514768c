package casefile

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"
)

// keys holds the key of every encrypted case file this process has open,
// by the file's real path (symbolic links followed), in memory only.
var keys = struct {
	sync.Mutex
	byFile map[string]*Key
}{byFile: map[string]*Key{}}

// UseKey makes k the key of the case file at path in this process: Load
// decrypts the file with it, without its passphrase, and Save encrypts
// with it. A nil k forgets the key; call it when the case is closed. A
// symbolic link and the file it points to share their key.
func UseKey(path string, k *Key) {
	real := resolvePath(path)
	keys.Lock()
	defer keys.Unlock()
	if k == nil {
		delete(keys.byFile, real)
	} else {
		keys.byFile[real] = k
	}
}

// KeyOf is the key UseKey gave the case file at path, or nil.
func KeyOf(path string) *Key {
	real := resolvePath(path)
	keys.Lock()
	defer keys.Unlock()
	return keys.byFile[real]
}

// keyForSave is the key Save encrypts the case file at path with: the one
// UseKey gave it, or nil for a file that is not encrypted. Without a key,
// an encrypted file is never replaced: that would write the case in
// plaintext.
func keyForSave(path string) (*Key, error) {
	if k := KeyOf(path); k != nil {
		return k, nil
	}
	if encrypted, _ := sealOf(linkTarget(path)); encrypted {
		return nil, fmt.Errorf("not saving %s: it is an encrypted case file, and this save has no key for it; open it with its passphrase to save it (Casefile saves an encrypted case unencrypted only when asked to remove its encryption)", path)
	}
	return nil, nil
}

// sealOf reads how the file at path is stored: whether it is an encrypted
// case file and, if so, its key block. A file that is missing or cannot be
// read counts as not encrypted; a save then reports why it cannot write.
// Anything but a regular file is not read at all: a named pipe would block.
func sealOf(path string) (encrypted bool, block []byte) {
	f, _, err := OpenRegular(path, "a case file")
	if err != nil {
		return false, nil
	}
	defer f.Close()
	head := make([]byte, len(sealedLine)+len(keyLinePrefix)+8+maxKeyBlock)
	n, _ := io.ReadFull(f, head)
	head = head[:n]
	if !startsSealed(head) {
		return false, nil
	}
	// The key block, when the header reads; any other block differs
	// from every key's.
	if s, err := splitSealed(append(head, make([]byte, sumLineLen)...)); err == nil {
		return true, s.block
	}
	return true, nil
}

// backupFor is what a save of the file target with k (nil: unencrypted)
// keeps as the backup: the file it replaces when that is stored as the
// new one will be, unencrypted or encrypted with the same key block, and
// otherwise a copy of the new file. So a change of encryption or of
// passphrase leaves beside the case nothing that the old one (or none)
// protected.
func backupFor(target string, k *Key) backupMode {
	if _, err := os.Stat(target); err != nil {
		return backupPrevious // nothing to keep; the save says why, if it matters
	}
	encrypted, block := sealOf(target)
	switch {
	case !encrypted && k == nil, encrypted && k != nil && block != nil && bytes.Equal(block, k.block):
		return backupPrevious
	}
	return backupNew
}

// DamagedError says a file is an encrypted case file that is damaged. It
// was not decrypted: nothing of it is shown, since what it holds can no
// longer be trusted.
type DamagedError struct {
	Why    string // "its checksum does not match its content (…)"
	Backup string // the backup beside it, when there is one: its previous version
	shown  string // the backup as the message names it
}

func damaged(why string) *DamagedError { return &DamagedError{Why: why} }

func (e *DamagedError) Error() string {
	msg := "the file is a damaged encrypted case file: " + e.Why + "; it was not decrypted"
	if e.shown != "" {
		msg += ". Its previous version may be in " + e.shown
	}
	return msg
}

// withBackup names the backup of the case file at path in err, when err
// is a *DamagedError and the backup exists (beside the file a symbolic
// link points to, where saves keep it).
func withBackup(path string, err error) error {
	d, ok := err.(*DamagedError)
	if !ok {
		return err
	}
	target := linkTarget(path)
	bak := BackupPath(target)
	if info, serr := os.Stat(bak); serr != nil || !info.Mode().IsRegular() {
		return err
	}
	with := *d
	with.Backup, with.shown = absPath(bak), bak
	if target == path {
		with.shown = filepath.Base(bak) // beside the file the message names
	}
	return &with
}

// fileStartsSealed reports whether the open file f begins as an encrypted
// case file does, without moving its offset.
func fileStartsSealed(f *os.File) bool {
	head := make([]byte, len(sealedMagic))
	n, _ := f.ReadAt(head, 0)
	return startsSealed(head[:n])
}
