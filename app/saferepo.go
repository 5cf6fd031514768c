package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage/repository"
)

// fileRepository is everything Fyne's own "file" repository offers; the
// file dialogs rely on all of it.
type fileRepository interface {
	repository.Repository
	repository.WritableRepository
	repository.AppendableRepository
	repository.ListableRepository
	repository.HierarchicalRepository
	repository.DeleteAllRepository
	repository.CopyableRepository
	repository.MovableRepository
}

// lazyWriteRepository is Fyne's file repository with one change: a writer
// opens (and so empties) its file only when first written to. Fyne's save
// dialog hands over a writer on the chosen file; Casefile only takes its
// path and writes there atomically, so a file the user picked is never
// emptied before the new content is safely on disk.
type lazyWriteRepository struct{ fileRepository }

// protectFilesFromSaveDialogs installs lazyWriteRepository for file URIs.
// It is a no-op when the driver's repository is not the usual one.
func protectFilesFromSaveDialogs() {
	r, err := repository.ForScheme("file")
	if err != nil {
		return
	}
	if _, done := r.(*lazyWriteRepository); done {
		return
	}
	if fr, ok := r.(fileRepository); ok {
		repository.Register("file", &lazyWriteRepository{fr})
	}
}

func (r *lazyWriteRepository) Writer(u fyne.URI) (fyne.URIWriteCloser, error) {
	return &lazyWriter{uri: u, repo: r.fileRepository}, nil
}

type lazyWriter struct {
	uri  fyne.URI
	repo fileRepository
	w    fyne.URIWriteCloser
}

func (l *lazyWriter) URI() fyne.URI { return l.uri }

func (l *lazyWriter) Write(p []byte) (int, error) {
	if l.w == nil {
		w, err := l.repo.Writer(l.uri)
		if err != nil {
			return 0, err
		}
		l.w = w
	}
	return l.w.Write(p)
}

func (l *lazyWriter) Close() error {
	if l.w == nil {
		return nil
	}
	return l.w.Close()
}
