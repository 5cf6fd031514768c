package stix

import (
	"reflect"
	"testing"
)

// The import decodes Casefile's extension by a struct tag, which must be
// the extension's id.
func TestExtensionIDIsTheTag(t *testing.T) {
	f, _ := reflect.TypeFor[extensions]().FieldByName("Casefile")
	if tag := f.Tag.Get("json"); tag != extensionID {
		t.Fatalf("extensions.Casefile has the tag %q; make it extensionID, %q", tag, extensionID)
	}
}

// The hand encoders are in use: the types they know have the fields they
// know. (When one fails, a field was added; the encoder falls back to
// encoding/json, which is correct but slower: teach it the field.)
func TestHandEncodersKnowTheirTypes(t *testing.T) {
	if !dateFast || !gradingFast || !citationFast {
		t.Errorf("date %v, grading %v, citation %v: a type changed; update fastenc.go", dateFast, gradingFast, citationFast)
	}
}
