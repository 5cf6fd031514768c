package casefile

import (
	"errors"
	"os"
	"strings"
)

// unwrapPath drops the *PathError wrapper, whose operation and temporary
// file name mean nothing to the user, keeping the cause ("permission
// denied", "no space left on device").
func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err
	}
	return err
}

// hideTemp keeps the temporary file's name out of err, an error of the
// write callback: the name means nothing to the user and the file is gone
// by the time they read it. The cause, and anything the callback added,
// stay, and so does err for errors.Is and errors.As.
func hideTemp(err error, tmp string) error {
	var pe *os.PathError
	if !errors.As(err, &pe) || pe.Path != tmp {
		return err
	}
	if err == pe {
		return pe.Err
	}
	return &reworded{strings.Replace(err.Error(), pe.Error(), pe.Err.Error(), 1), err}
}

// reworded is err with another message.
type reworded struct {
	msg string
	err error
}

func (e *reworded) Error() string { return e.msg }
func (e *reworded) Unwrap() error { return e.err }
