//go:build unix

package app

import (
	"bufio"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/casefile/casefile/casefile"
)

// The child of TestEncryptedAutosavesSurviveKill9: a window on the
// encrypted case in $CASEFILE_KILL_CASE, unlocked with the passphrase in
// $CASEFILE_KILL_PASSPHRASE, into which notes holding $CASEFILE_KILL_TOKEN
// are typed and saved without pause until the parent kills it.
func TestEncryptedAutosaveChild(t *testing.T) {
	path := os.Getenv("CASEFILE_KILL_CASE")
	if path == "" {
		t.Skip("run by TestEncryptedAutosavesSurviveKill9")
	}
	test.NewTempApp(t)
	_, err := casefile.Load(path)
	enc, ok := err.(*casefile.LoadError).Err.(*casefile.EncryptedError)
	if !ok {
		t.Fatalf("the case is not encrypted: %v", err)
	}
	_, k, err := enc.Unlock(os.Getenv("CASEFILE_KILL_PASSPHRASE"))
	if err != nil {
		t.Fatal(err)
	}
	casefile.UseKey(path, k)
	u := NewUI(fyne.CurrentApp(), "test")
	if err := u.Open(path); err != nil {
		t.Fatal(err)
	}
	fmt.Printf("opened: %s\n", u.status.Text)
	token := os.Getenv("CASEFILE_KILL_TOKEN")
	for i := 0; ; i++ {
		if err := u.edit(func(c *casefile.Case) error {
			_, err := c.AddNote(casefile.Note{Target: casefile.Target{Kind: casefile.OnCase}, Body: fmt.Sprintf("%s note %d", token, i)})
			return err
		}); err != nil {
			t.Fatal(err)
		}
		if i%3 == 0 {
			u.saveNow() // a save at once, as Ctrl+S; the others autosave
		}
		drainUI()
		if strings.HasPrefix(u.status.Text, "Saved") {
			fmt.Printf("saved %d\n", i)
		}
		time.Sleep(time.Millisecond)
	}
}

// TestEncryptedAutosavesSurviveKill9 kills, with SIGKILL, a window saving
// an encrypted case over and over, at random moments, mostly in the middle
// of a save; after every kill the case and its backup must open with the
// passphrase, and no file in the folder (temporary files a kill cut
// short, the lock, the backup) may hold anything of the case in
// plaintext. The next window removes the killed one's temporary files.
func TestEncryptedAutosavesSurviveKill9(t *testing.T) {
	if os.Getenv("CASEFILE_KILL_CASE") != "" {
		t.Skip("this is the child")
	}
	if testing.Short() {
		// The children take seconds each to start under the race
		// detector, which has nothing to find here: the full run kills.
		t.Skip("kills child processes for a while")
	}
	t.Setenv("TMPDIR", t.TempDir())
	kills := 8
	token := newToken()
	c := casefile.Synthetic(2000, 7) // about 2 MB: each save takes a while
	c.Summary = token
	path := filepath.Join(t.TempDir(), "big.casefile")
	k, err := casefile.NewKey("kill passphrase", 10)
	if err != nil {
		t.Fatal(err)
	}
	if err := casefile.SaveKey(path, c, k); err != nil {
		t.Fatal(err)
	}
	dir := filepath.Dir(path)
	leftovers, midSave := 0, 0
	// Until a kill has cut a save short, to be sure one did.
	for run := 0; run < kills || midSave == 0 && run < 4*kills; run++ {
		cmd := exec.Command(os.Args[0], "-test.run=^TestEncryptedAutosaveChild$", "-test.v")
		cmd.Env = append(os.Environ(), "CASEFILE_KILL_CASE="+path, "CASEFILE_KILL_PASSPHRASE=kill passphrase", "CASEFILE_KILL_TOKEN="+token)
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		cmd.Stderr = os.Stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		lines := bufio.NewScanner(out)
		opened := ""
		for opened == "" && lines.Scan() {
			if s, ok := strings.CutPrefix(lines.Text(), "opened: "); ok {
				opened = s
			}
		}
		if opened == "" {
			cmd.Process.Kill()
			cmd.Wait()
			t.Fatalf("run %d: the child did not open the case", run)
		}
		if run > 0 && leftovers > 0 && !strings.Contains(opened, "removed") {
			t.Errorf("run %d: %d temporary files were left, and opening says %q", run, leftovers, opened)
		}
		saves := make(chan int, 1000)
		go func() {
			for lines.Scan() {
				if n, err := strconv.Atoi(strings.TrimPrefix(lines.Text(), "saved ")); err == nil {
					saves <- n
				}
			}
			close(saves)
		}()
		<-saves // killed once it has saved, at a random moment after
		time.Sleep(time.Duration(50+rand.IntN(600)) * time.Millisecond)
		cmd.Process.Kill()
		cmd.Wait()
		for range saves {
		}

		names := noPlaintextIn(t, dir, token)
		leftovers = 0
		for _, n := range names {
			if strings.Contains(n, ".tmp") {
				leftovers++
			}
		}
		if leftovers > 0 {
			midSave++
		}
		for _, f := range []string{path, casefile.BackupPath(path)} {
			got := unlockFile(t, f, "kill passphrase")
			if got.Summary != token {
				t.Fatalf("run %d: %s does not hold the case", run, filepath.Base(f))
			}
		}
		t.Logf("run %d: folder %q", run, names)
	}
	if midSave == 0 {
		t.Error("no kill cut a save short")
	}
}
