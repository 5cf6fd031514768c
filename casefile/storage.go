package casefile

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"time"
	"unicode/utf8"
)

// File format constants; docs/case-format.md describes the format.
const (
	FormatName    = "casefile"
	FormatVersion = 5
	Extension     = ".casefile"
	// MaxFileSize caps what Load reads: a case of 10,000 statements is
	// about 12 MB, so a larger file is almost certainly not a case file.
	MaxFileSize = 64 << 20
)

// file is the on-disk envelope. Format and version come first so a reader
// can tell what it holds without reading the rest.
type file struct {
	Format  string `json:"format"`
	Version int    `json:"version"`
	Case    *Case  `json:"case"`
}

// LoadError explains why a file could not be loaded. The file is untouched.
type LoadError struct {
	Path string
	Err  error
}

func (e *LoadError) Error() string {
	if e.Path == "" {
		return "cannot load case: " + e.Err.Error()
	}
	return fmt.Sprintf("cannot load %s: %v", e.Path, e.Err)
}

func (e *LoadError) Unwrap() error { return e.Err }

// Load reads, migrates and validates a case file. It refuses anything but a
// regular file, files larger than MaxFileSize, invalid UTF-8, unknown
// fields, trailing data, duplicate ids, dangling references and format
// versions newer than this program's.
//
// An encrypted case file is decrypted with the key UseKey gave path;
// without one the error is an *EncryptedError, whose Unlock takes the
// passphrase. A damaged one is a *DamagedError, never decrypted.
func Load(path string) (*Case, error) {
	f, info, err := OpenRegular(path, "a case file")
	if err != nil {
		return nil, &LoadError{path, err}
	}
	defer f.Close()
	if info.Size() > MaxFileSize && (info.Size() > maxSealedSize || !fileStartsSealed(f)) {
		return nil, &LoadError{path, tooBig(info.Size())}
	}
	// Read in one go into a buffer of the right size.
	var buf bytes.Buffer
	buf.Grow(int(info.Size()) + bytes.MinRead)
	if _, err := buf.ReadFrom(io.LimitReader(f, maxSealedSize+1)); err != nil {
		return nil, &LoadError{path, unwrapPath(err)}
	}
	if startsSealed(buf.Bytes()) {
		return loadSealed(path, buf.Bytes())
	}
	c, err := Decode(buf.Bytes())
	if errors.Is(err, errEmpty) || errors.Is(err, errZeroed) {
		err = emptyFile(path, err)
	}
	if err != nil && looksSealed(buf.Bytes()) {
		err = withBackup(path, damaged("its first line is damaged or cut short"))
	}
	if err != nil {
		return nil, &LoadError{path, err}
	}
	return c, nil
}

// errEmpty is Decode's error for a file with nothing in it but white space
// and perhaps a byte-order mark, as an interrupted save or copy may leave.
var errEmpty = errors.New("the file is empty; it holds no case")

// errZeroed is Decode's error for a file of nothing but zero bytes, which
// is what a crash leaves of a file whose content had not reached the disk.
var errZeroed = errors.New("the file holds only zero bytes, as a crash can leave a file whose content had not reached the disk; it holds no case")

// emptyFile is errEmpty for the file at path, pointing to its backup when
// there is one (beside the file a symbolic link points to, where saves
// keep it).
func emptyFile(path string, err error) error {
	target := linkTarget(path)
	bak := BackupPath(target)
	if info, serr := os.Stat(bak); serr != nil || !info.Mode().IsRegular() {
		return err
	}
	if target == path {
		bak = filepath.Base(bak) // beside the file the message names
	}
	return fmt.Errorf("%w. If a save was interrupted, its previous version may be in %s", err, bak)
}

// Save writes the case to path crash-safely (see WriteFileAtomic), keeping
// the previous version at BackupPath(path). It refuses an invalid case,
// leaving the file as it was. A case file that UseKey gave a key is
// encrypted with it; an encrypted one without a key is refused, never
// written in plaintext.
func Save(path string, c *Case) error {
	k, err := keyForSave(path)
	if err != nil {
		return err
	}
	return SaveKey(path, c, k)
}

// SaveKey is Save with the key given: the case is encrypted with k, or
// written unencrypted when k is nil. The backup keeps the previous version
// when that was stored as this one is (unencrypted, or encrypted with the
// same key); otherwise, when the save encrypts the case, removes its
// encryption or changes its key, the backup becomes a copy of the new
// file, before that replaces the old.
func SaveKey(path string, c *Case, k *Key) error {
	// Validation runs beside the encoding, which only reads the case too;
	// the file is replaced only once the case has passed.
	validated := make(chan Problems, 1)
	go func() { validated <- c.Validate() }()
	var ps Problems
	waited := false
	wait := func() Problems {
		if !waited {
			ps, waited = <-validated, true
		}
		return ps
	}
	encode := Encode
	if k != nil {
		encode = k.encode
	}
	err := osFS.writeAtomic(path, backupFor(linkTarget(path), k), func(w io.Writer) error {
		if err := encode(w, c); err != nil {
			return err
		}
		return wait().Err()
	})
	if wait() != nil {
		return fmt.Errorf("not saving %s: %w", path, ps)
	}
	return err
}

// Encode writes the case in the current format version, indented by two
// spaces (see indentWriter).
func Encode(w io.Writer, c *Case) error {
	enc := json.NewEncoder(newIndentWriter(w))
	enc.SetEscapeHTML(false)
	return enc.Encode(file{Format: FormatName, Version: FormatVersion, Case: c})
}

// Decode parses a case file's bytes, migrating older versions, and
// validates the case. It treats data as untrusted. When the JSON is valid
// but the case is not, the error is Problems, every one found: values of
// the wrong kind, unknown fields and Validate's problems, each with its
// place in the file.
func Decode(data []byte) (*Case, error) {
	if len(data) > MaxFileSize {
		return nil, tooBig(int64(len(data)))
	}
	// Some Windows editors start UTF-8 files with a byte-order mark.
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if len(bytes.Trim(data, jsonSpace)) == 0 {
		return nil, errEmpty
	}
	if len(bytes.Trim(data, "\x00")) == 0 {
		return nil, errZeroed
	}
	// The text is checked beside the decoding, which reads it too; bad
	// text is reported before anything the decoding found.
	valid := make(chan bool, 1)
	go func() { valid <- utf8.Valid(data) }()
	c, err := decodeText(data)
	if !<-valid {
		return nil, fmt.Errorf("the file is not valid UTF-8 text (first bad byte at %s); it may be damaged or not a case file",
			position(data, invalidUTF8At(data)))
	}
	return c, err
}

// decodeText is Decode of data that is UTF-8 text.
func decodeText(data []byte) (*Case, error) {
	written := data
	format, version, err := readHeader(data)
	if err != nil {
		return nil, err
	}
	if format != FormatName {
		return nil, fmt.Errorf("the file's format is %q, not %q; it is not a Casefile case file", format, FormatName)
	}
	switch {
	case version > FormatVersion:
		return nil, fmt.Errorf("the file is case format version %d, newer than version %d, which this Casefile reads; update Casefile to open it",
			version, FormatVersion)
	case version < 1:
		return nil, fmt.Errorf("the file's format version %d is not valid; versions start at 1", version)
	case version < FormatVersion:
		var rewritten bool
		if data, rewritten, err = migrate(data, version); err != nil {
			return nil, fmt.Errorf("migrating from format version %d: %w", version, err)
		}
		if rewritten {
			written = nil // positions in the migrated data are nowhere in the file
		}
	}
	// The fast path: a valid file decodes and validates in one pass each.
	// Anything else takes everyProblem's slow walk, to report every
	// problem at once.
	var f file
	if json.Unmarshal(data, &f) == nil && knownKeys(data) {
		// Valid, with no unknown field: Unmarshal has read it all, where
		// it lies (see knownKeys).
		if f.Case == nil {
			return nil, errNoCase
		}
		if ps := f.Case.Validate(); ps != nil {
			return nil, everyProblem(data, written != nil, nil, f.Case, ps)
		}
		return f.Case, nil
	}
	f = file{}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	err = dec.Decode(&f)
	if err != nil && !isShapeError(err) {
		return nil, describeJSONError(written, err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, fmt.Errorf("there is more data after the case, at %s; the file may be two files joined or damaged",
			position(data, int(dec.InputOffset())))
	}
	if err != nil {
		return nil, everyProblem(data, written != nil, err, nil, nil)
	}
	if f.Case == nil {
		return nil, errNoCase
	}
	if ps := f.Case.Validate(); ps != nil {
		return nil, everyProblem(data, written != nil, nil, f.Case, ps)
	}
	return f.Case, nil
}

// isShapeError reports whether a decoding error is about a value rather
// than the JSON text: a value of the wrong kind, an unknown field, a time
// not in RFC 3339 form. The decoder has then read the whole value, and the
// rest of the file can still be checked.
func isShapeError(err error) bool {
	var syn *json.SyntaxError
	return !errors.As(err, &syn) && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, io.EOF)
}

var errNoCase = errors.New(`the file has no "case"; it is not a complete case file`)

// jsonSpace is the white space JSON allows between values.
const jsonSpace = " \t\r\n"

// tooBig is the error for a file of size bytes, more than MaxFileSize. The
// size is rounded up, so that it never reads as the limit itself.
func tooBig(size int64) error {
	tenths := (size*10 + 1<<20 - 1) >> 20
	return fmt.Errorf("the file is %d.%d MB, more than the %d MB a case file may be; is it really a case file?",
		tenths/10, tenths%10, MaxFileSize>>20)
}

// readHeader reads the top-level "format" and "version" fields without
// decoding the rest when, as Casefile writes them, they come first.
func readHeader(data []byte) (format string, version int, err error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return "", 0, errors.New("the file is not a JSON object; it is not a Casefile case file")
	}
	var haveFormat, haveVersion bool
	for dec.More() && !(haveFormat && haveVersion) {
		tok, err := dec.Token()
		if err != nil {
			return "", 0, describeJSONError(data, err)
		}
		switch tok {
		case "format":
			haveFormat = true
			err = dec.Decode(&format)
		case "version":
			haveVersion = true
			err = dec.Decode(&version)
		default:
			var skip json.RawMessage
			err = dec.Decode(&skip)
		}
		var typ *json.UnmarshalTypeError
		if errors.As(err, &typ) {
			// The decoder's offset and field name are relative to this
			// value, not the file: name the field instead.
			want := map[any]string{"format": "text", "version": "a whole number"}[tok]
			return "", 0, fmt.Errorf("the file's %q holds %s where %s belongs; it is not a Casefile case file", tok, jsonValue(typ.Value), want)
		}
		if err != nil {
			return "", 0, describeJSONError(data, err)
		}
	}
	if !haveFormat || !haveVersion {
		return "", 0, errors.New(`the file has no "format" and "version" fields; it is not a Casefile case file`)
	}
	return format, version, nil
}

func describeJSONError(data []byte, err error) error {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	var tim *time.ParseError
	switch {
	case errors.As(err, &tim):
		return fmt.Errorf(`a "created" or "modified" time, %q, is not in the form 2022-09-07T09:00:00Z (RFC 3339)`, tim.Value)
	case strings.HasPrefix(err.Error(), "Time.UnmarshalJSON"):
		return errors.New(`a "created" or "modified" time is not text in the form "2022-09-07T09:00:00Z" (RFC 3339)`)
	case errors.As(err, &syn):
		return describeSyntaxError(data, syn)
	case errors.As(err, &typ):
		return fmt.Errorf("field %q%s holds %s where %s belongs", typ.Field, at(data, int(typ.Offset)), jsonValue(typ.Value), jsonKind(typ.Type))
	case errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF):
		return errors.New("the file ends too soon; it may have been cut short")
	case bytes.HasPrefix([]byte(err.Error()), []byte("json: unknown field")):
		return fmt.Errorf("the file has an %s that this Casefile does not know; it may come from a newer Casefile or have been mistyped by hand, so it is not opened lest that data be lost",
			err.Error()[len("json: "):])
	}
	return err
}

// jsonValue names the JSON value an UnmarshalTypeError found.
func jsonValue(v string) string {
	switch {
	case v == "string":
		return "text"
	case v == "bool":
		return "true or false"
	case v == "array":
		return "a list"
	case v == "object":
		return "an object"
	case strings.HasPrefix(v, "number "):
		return "the " + v
	}
	return "a " + v
}

// jsonKind names what JSON a Go type takes, in the user's words rather than
// Go's ("casefile.ActorKind").
func jsonKind(t reflect.Type) string {
	if t == nil {
		return "another value"
	}
	switch t.Kind() {
	case reflect.String:
		return "text"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "a whole number"
	case reflect.Float32, reflect.Float64:
		return "a number"
	case reflect.Bool:
		return "true or false"
	case reflect.Struct, reflect.Map:
		return "an object"
	case reflect.Slice, reflect.Array:
		return "a list"
	case reflect.Pointer:
		return jsonKind(t.Elem())
	}
	return "a " + t.String()
}

// at is " at line L, column C" for a byte offset in data, or "" when the
// data is not the file as written (it was migrated) and so has no place the
// user could find.
func at(data []byte, offset int) string {
	if data == nil {
		return ""
	}
	return " at " + position(data, offset)
}

func invalidUTF8At(data []byte) int {
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return len(data)
}
