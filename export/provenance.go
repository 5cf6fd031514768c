package export

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	"github.com/casefile/casefile/casefile"
)

// Provenance is what an export says of the case it was made from: the
// case's id and the hash of its content (casefile.ContentHash). A PDF
// carries it in its XMP metadata, a Markdown briefing in a comment at its
// end; `casefile verify` reads it back and finds the export in the case's
// log. The release limit is not in it: a briefing names no marking above
// its own, and the log holds the limit.
type Provenance struct {
	CaseID  string
	Content string
}

// provenanceOf is the provenance of an export of c, the case as the
// caller gave it, before any release: opt's when it already holds one.
func provenanceOf(c *casefile.Case, opt Options) Provenance {
	if opt.from.Content != "" {
		return opt.from
	}
	return Provenance{CaseID: c.ID, Content: casefile.ContentHash(c)}
}

// The XMP namespace of Casefile's export metadata.
const provenanceNS = "https://casefile.example.org/ns/export/1/"

// xmp is the PDF's XMP metadata packet holding p. Ids are XML-escaped: a
// case id is any string.
func (p Provenance) xmp() []byte {
	var b bytes.Buffer
	b.WriteString(`<?xpacket begin="` + "\ufeff" + `" id="W5M0MpCehiHzreSzNTczkc9d"?>` + "\n")
	b.WriteString(`<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">` + "\n")
	fmt.Fprintf(&b, `<rdf:Description rdf:about="" xmlns:casefile="%s" casefile:caseId="%s" casefile:contentSha256="%s"/>`+"\n",
		provenanceNS, xmlEscape(p.CaseID), p.Content)
	b.WriteString(`</rdf:RDF></x:xmpmeta>` + "\n" + `<?xpacket end="r"?>`)
	return b.Bytes()
}

// comment is the Markdown briefing's last line, an HTML comment that
// renderers do not show.
func (p Provenance) comment() string {
	return fmt.Sprintf("<!-- casefile export: case %q, content sha256 %s -->", p.CaseID, p.Content)
}

var (
	xmpProvenance = regexp.MustCompile(`casefile:caseId="([^"]*)" casefile:contentSha256="([0-9a-f]{64})"`)
	mdProvenance  = regexp.MustCompile(`<!-- casefile export: case ("(?:[^"\\]|\\.)*"), content sha256 ([0-9a-f]{64}) -->`)
)

// ReadProvenance finds the provenance a PDF or Markdown export carries,
// and reports whether there is one. The last one counts: a file edited by
// appending to it keeps the original's.
func ReadProvenance(data []byte) (Provenance, bool) {
	if m := xmpProvenance.FindAllSubmatch(data, -1); len(m) > 0 {
		last := m[len(m)-1]
		return Provenance{CaseID: xmlUnescape(string(last[1])), Content: string(last[2])}, true
	}
	if m := mdProvenance.FindAllSubmatch(data, -1); len(m) > 0 {
		last := m[len(m)-1]
		id, err := strconv.Unquote(string(last[1]))
		if err != nil {
			return Provenance{}, false
		}
		return Provenance{CaseID: id, Content: string(last[2])}, true
	}
	return Provenance{}, false
}

var xmlEscaper = []struct{ from, to string }{{"&", "&amp;"}, {"<", "&lt;"}, {">", "&gt;"}, {`"`, "&quot;"}}

func xmlEscape(s string) string {
	for _, e := range xmlEscaper {
		s = strings.ReplaceAll(s, e.from, e.to)
	}
	return s
}

func xmlUnescape(s string) string {
	for i := len(xmlEscaper) - 1; i >= 0; i-- {
		s = strings.ReplaceAll(s, xmlEscaper[i].to, xmlEscaper[i].from)
	}
	return s
}

// fileSHA256 is the hex SHA-256 of the file at path.
func fileSHA256(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// FileSHA256 is the hex SHA-256 of the file at path, as Record takes it.
func FileSHA256(path string) (string, error) { return fileSHA256(path) }

func baseName(path string) string { return filepath.Base(path) }

// Record is the record of an export of c just written to path, for the
// case's exports log: the file's SHA-256 and the content hash of c, the
// case it was made from (before any release).
func Record(path string, f Format, c *casefile.Case, opt Options) (casefile.ExportRecord, error) {
	sum, err := fileSHA256(path)
	if err != nil {
		return casefile.ExportRecord{}, err
	}
	r := casefile.ExportRecord{At: casefile.Now(), File: baseName(path), Format: string(f), Limit: opt.MaxMarking,
		SHA256: sum, Content: casefile.ContentHash(c)}
	if opt.Sections != nil && len(opt.Sections) != len(Sections) {
		for _, s := range opt.Sections {
			r.Sections = append(r.Sections, string(s))
		}
	}
	return r, nil
}
