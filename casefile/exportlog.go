package casefile

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"time"
)

// ExportRecord is one export written from the case: when, in which
// format, with which sections and release limit, the SHA-256 of the file
// written, and the hash of the case content it was made from. Together
// with the case id and content hash that a briefing carries in its
// metadata, the records let a later reader tell whether a briefing came
// from this case, when, and whether it was altered since.
type ExportRecord struct {
	At       time.Time `json:"at"`
	File     string    `json:"file"`               // the file's name, without its folder
	Format   string    `json:"format"`             // "pdf", "md", "json", "stix"
	Sections []string  `json:"sections,omitempty"` // the briefing's sections; none means all
	Limit    Marking   `json:"limit,omitempty"`    // the release limit, or none: not released
	SHA256   string    `json:"sha256"`             // of the file written
	Content  string    `json:"content"`            // ContentHash of the case it was made from
}

// ContentHash is the hex SHA-256 of the case's content: the case as
// Encode writes it, without its exports log (recording an export does not
// change what the case holds) and without its modification time (which
// the record's own time gives). Two cases that hold the same hash hold
// the same content.
func ContentHash(c *Case) string {
	d := *c
	d.Exports = nil
	d.Modified = time.Time{}
	h := sha256.New()
	if err := Encode(h, &d); err != nil {
		// Encode of a case in memory fails only on values JSON cannot
		// hold, which no case has; the hash then says so rather than pass.
		return "unhashable: " + err.Error()
	}
	return hex.EncodeToString(h.Sum(nil))
}

// ExportsFrom returns the records of exports made from content hash
// content, most recent first.
func (c *Case) ExportsFrom(content string) []ExportRecord {
	var out []ExportRecord
	for i := len(c.Exports) - 1; i >= 0; i-- {
		if c.Exports[i].Content == content {
			out = append(out, c.Exports[i])
		}
	}
	return out
}

// ExportBySHA256 returns the record of the export whose file had this
// SHA-256, or nil.
func (c *Case) ExportBySHA256(sum string) *ExportRecord {
	for i := len(c.Exports) - 1; i >= 0; i-- {
		if c.Exports[i].SHA256 == sum {
			return &c.Exports[i]
		}
	}
	return nil
}

// checkExport reports what is wrong with an export record, naming the
// field, as Validate's problems do.
func checkExport(r ExportRecord, add func(field, msg string)) {
	if r.At.IsZero() {
		add("at", "is missing; give the time of the export in RFC 3339 form")
	}
	if r.Format == "" {
		add("format", "is missing; give the export's format: pdf, md, json or stix")
	}
	if !isHexSHA256(r.SHA256) {
		add("sha256", fmt.Sprintf("%q is not a SHA-256 in hex; give the 64 hex digits of the exported file's SHA-256", r.SHA256))
	}
	if !isHexSHA256(r.Content) {
		add("content", fmt.Sprintf("%q is not a SHA-256 in hex; give the case's content hash as Casefile records it", r.Content))
	}
	if r.Limit != "" && !r.Limit.Valid() {
		add("limit", fmt.Sprintf("%q is not a TLP marking", r.Limit))
	}
}

func isHexSHA256(s string) bool {
	if len(s) != 64 {
		return false
	}
	_, err := hex.DecodeString(s)
	return err == nil
}

// exports checks the exports log.
func (k *checker) exports() {
	for i, r := range k.c.Exports {
		k.on("export", fmt.Sprintf("%d (%s)", i+1, r.File), "")
		checkExport(r, func(field, msg string) { k.add(field, "%s", msg) })
	}
}
